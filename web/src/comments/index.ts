/** What the discussion feature (comments, mentions, attachments) offers the app and other features. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { Discussion } from './Discussion';
export { ReportAttachments } from './ReportAttachments';
