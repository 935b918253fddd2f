import './triage.css';

/** The secretariat's triage: the inbox page, its header link, and the status control of an object. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { BulkStatusBar } from './BulkStatusBar';
export { StatusControl } from './StatusControl';
export { TriageLink } from './TriageLink';
export { TRIAGE_PATH, TriagePage } from './TriagePage';
