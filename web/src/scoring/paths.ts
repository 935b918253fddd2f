/** The page of the arena's score criteria, weights and ranking. */
export const SCORING_PATH = '/poang';
