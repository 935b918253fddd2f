import './meetings.css';

/** Arena meetings: the list, a meeting with its agenda, the header link and "put on the next meeting". */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { MeetingPage } from './MeetingPage';
export { MeetingsLink } from './MeetingsLink';
export { MEETINGS_PATH, MeetingsPage } from './MeetingsPage';
export { ProjectorPage } from './ProjectorPage';
export { PutOnNextMeeting } from './PutOnNextMeeting';
