import './votes.css';

/** Vote rounds in a meeting: the meeting page shows them (VoteRounds). */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { VoteRounds } from './VoteRounds';
