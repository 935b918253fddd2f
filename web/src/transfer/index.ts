import './transfer.css';

/** Objects out and in: the map's export menu, the staff's import page and its header link. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { ExportMenu } from './ExportMenu';
export { IMPORT_PAGE_PATH, ImportPage } from './ImportPage';
