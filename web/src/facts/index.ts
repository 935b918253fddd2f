/** What the facts feature (correcting an object, its network references and planning) offers the app and other features. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { shareMapWithFacts } from './FactsMap';
export { ObjectFacts } from './ObjectFacts';
