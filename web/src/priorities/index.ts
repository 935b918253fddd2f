/** What the priorities feature (the arena's working and adopted priority lists, the public page and widget) offers the app and other features. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { EmbeddedPriorityList } from './EmbeddedPriorityList';
export { ObjectPrioritySection } from './ObjectPrioritySection';
export { EMBED_PATH, PRIORITIES_PATH } from './paths';
export { PrioritiesLink } from './PrioritiesLink';
export { PrioritiesPage } from './PrioritiesPage';
