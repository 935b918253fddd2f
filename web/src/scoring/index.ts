/** What the scoring feature (an object's score with its reasons, the arena's weights and ranking) offers the app and other features. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { SCORING_PATH } from './paths';
export { ScoreBreakdown } from './ScoreBreakdown';
export { ScoringPage } from './ScoringPage';
