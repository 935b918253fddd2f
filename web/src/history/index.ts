/** An object's history, told in the reader's language; its words serve the audit log too. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { type DescribableEvent, describeEvent, type EventWords } from './describeEvent';
export { ObjectTimeline } from './ObjectTimeline';
