import './register.css';
// The planning stages' names are the facts feature's texts.
import '../facts';

/** The register as a table beside the map: its page, and the "Karta | Tabell" switch the map shows. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { RegisterPage } from './RegisterPage';
export { REGISTER_PATH, ViewSwitch } from './ViewSwitch';
