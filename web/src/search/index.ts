import './search.css';

/** The map's search: objects in the whole arena (ranked, paged) and places to move the map to. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { SearchResults, type SearchResultsProps } from './SearchResults';
