import './meetings.css';

/** Arena meetings: the list, a meeting with its agenda, the header link and "put on the next meeting". */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import followupEn from './i18n/followup.en.json';
import followupSv from './i18n/followup.sv.json';
import protocolEn from './i18n/protocol.en.json';
import protocolSv from './i18n/protocol.sv.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });
// The notice and the action items: texts of their own, so they merge beside the meeting's.
registerTranslations({ sv: followupSv, en: followupEn });
registerTranslations({ sv: protocolSv, en: protocolEn });

export { ActionItemsPage } from './ActionItemsPage';
export { MeetingPage } from './MeetingPage';
export { MeetingsLink } from './MeetingsLink';
export { ACTION_ITEMS_PATH, MEETINGS_PATH, MeetingsPage } from './MeetingsPage';
export { PersonalCalendar } from './PersonalCalendar';
export { ProjectorPage } from './ProjectorPage';
export { PROTOCOL_ARCHIVE_PATH, ProtocolArchivePage } from './ProtocolArchivePage';
export { PutOnNextMeeting, PutSelectedOnNextMeeting } from './PutOnNextMeeting';
