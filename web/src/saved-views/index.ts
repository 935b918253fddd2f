import './saved-views.css';

/** Saved views of the map: the "Sparade vyer" menu (list, open, save, rename, delete). */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { SavedViewsMenu, type SavedViewsMenuProps } from './SavedViewsMenu';
export { MODE_PARAM, viewSearch } from './viewUrl';
