import { z } from 'zod';

import { type ObjectKind } from './enums';
import { type FourStepClass } from './workflow';

/**
 * An object's score: the arena's criteria, each worth 0–1 for the object, weighed by the arena's
 * weights and put on a 0–5 scale. Every criterion's share of the score is its weighed value, so the
 * shares add up to the score ("why is this number 3": the shares say it). The server computes every
 * score with this file; the web shows the breakdown and previews edited weights with it.
 *
 * How each criterion is normalised (per arena, for the reader's audience):
 * - ECONOMIC_IMPACT: for each of hours/week, SEK/year and tonnes/year, log(1 + x) / log(1 + the
 *   arena's largest), then the mean of the three. The log keeps one giant from drowning the rest:
 *   a tenth of the largest SEK figure of a million still gives 5/6, not 1/10.
 * - BREADTH: organizations behind the object / the most organizations behind any object of the arena.
 * - SEVERITY, STRATEGIC_FIT: the staff judgement 0–5, divided by 5.
 * - FREIGHT: 1 for a port or a terminal (kind), a port reference, or a road on the functionally
 *   prioritised freight network; else 0.
 * - REALISM: four-step class 1 rethink 1, 2 optimise 0.75, 3 rebuild 0.5, 4 build new 0.25; a
 *   rebuild or new build whose steps 1–2 were examined gains 0.25.
 * A judgement staff have not made ("ej bedömd": severity, strategic fit, four-step class) counts
 * as the middle, 0.5: an object nobody has looked at yet is neither pushed up nor down by it.
 */

export const SCORE_CRITERIA = ['ECONOMIC_IMPACT', 'BREADTH', 'SEVERITY', 'STRATEGIC_FIT', 'FREIGHT', 'REALISM'] as const;
export type ScoreCriterion = (typeof SCORE_CRITERIA)[number];

/** The top of the score scale. */
export const SCORE_MAX = 5;
export const WEIGHT_MAX = 10;
/** The staff judgements (severity, strategic fit) run 0–5. */
export const JUDGEMENT_MAX = 5;
/** What a judgement not yet made counts as, on the criterion's 0–1 scale. */
export const UNJUDGED_VALUE = 0.5;

export type ScoreWeights = Record<ScoreCriterion, number>;

/** The weights of an arena whose admins have not changed them. */
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  ECONOMIC_IMPACT: 3,
  BREADTH: 2,
  SEVERITY: 2,
  STRATEGIC_FIT: 2,
  FREIGHT: 2,
  REALISM: 1,
};

/** What the score of one object needs of it, for the reader's audience. */
export interface ScoreInputs {
  delayHoursPerWeek: number;
  extraCostSekPerYear: number;
  freightTonnesPerYear: number;
  organizationCount: number;
  /** 0–5, or null when staff have not judged it. */
  severity: number | null;
  strategicFit: number | null;
  kind: ObjectKind;
  /** A port reference or a road on the prioritised freight network among its network references. */
  onFreightNetwork: boolean;
  fourStepClass: FourStepClass | null;
  stepsOneTwoExamined: boolean;
}

/** The arena's largest figures among the objects the reader sees: what the impact and breadth are measured against. */
export interface ScoreScale {
  delayHoursPerWeek: number;
  extraCostSekPerYear: number;
  freightTonnesPerYear: number;
  organizationCount: number;
}

export interface CriterionShare {
  criterion: ScoreCriterion;
  weight: number;
  /** The criterion's value for the object, 0–1. */
  value: number;
  /** Its part of the score: the shares add up to the score. */
  points: number;
  /** The value is the middle because staff have not judged it yet ("ej bedömd"). */
  unjudged: boolean;
}

export interface ScoreBreakdown {
  score: number;
  shares: CriterionShare[];
}

/** Kinds that count fully for freight. */
export const FREIGHT_KINDS: readonly ObjectKind[] = ['PORT', 'TERMINAL'];

/** Realism of each four-step class before the bonus for examined steps 1–2. */
export const REALISM_OF_CLASS: Record<FourStepClass, number> = { RETHINK: 1, OPTIMISE: 0.75, REBUILD: 0.5, BUILD_NEW: 0.25 };
/** What examining steps 1–2 adds to a rebuild or a new build. */
export const EXAMINED_BONUS = 0.25;

/** log(1 + x) / log(1 + largest), 0–1; 0 when the arena has no such figure. */
function logShare(value: number, largest: number): number {
  if (largest <= 0 || value <= 0) return 0;
  return Math.min(1, Math.log1p(value) / Math.log1p(largest));
}

/** Each criterion's value 0–1 and whether it stands for a judgement not made. */
export function criterionValues(inputs: ScoreInputs, scale: ScoreScale): Record<ScoreCriterion, { value: number; unjudged: boolean }> {
  const judged = (v: number | null) =>
    v === null ? { value: UNJUDGED_VALUE, unjudged: true } : { value: Math.min(1, Math.max(0, v / JUDGEMENT_MAX)), unjudged: false };
  const economic =
    (logShare(inputs.delayHoursPerWeek, scale.delayHoursPerWeek) +
      logShare(inputs.extraCostSekPerYear, scale.extraCostSekPerYear) +
      logShare(inputs.freightTonnesPerYear, scale.freightTonnesPerYear)) /
    3;
  const breadth = scale.organizationCount > 0 ? Math.min(1, inputs.organizationCount / scale.organizationCount) : 0;
  const freight = FREIGHT_KINDS.includes(inputs.kind) || inputs.onFreightNetwork ? 1 : 0;
  const realism =
    inputs.fourStepClass === null
      ? { value: UNJUDGED_VALUE, unjudged: true }
      : {
          value: Math.min(
            1,
            REALISM_OF_CLASS[inputs.fourStepClass] +
              (inputs.stepsOneTwoExamined && (inputs.fourStepClass === 'REBUILD' || inputs.fourStepClass === 'BUILD_NEW')
                ? EXAMINED_BONUS
                : 0),
          ),
          unjudged: false,
        };
  return {
    ECONOMIC_IMPACT: { value: economic, unjudged: false },
    BREADTH: { value: breadth, unjudged: false },
    SEVERITY: judged(inputs.severity),
    STRATEGIC_FIT: judged(inputs.strategicFit),
    FREIGHT: { value: freight, unjudged: false },
    REALISM: realism,
  };
}

/** The score 0–5 and each criterion's share of it. With every weight 0 the score is 0. */
export function scoreObject(inputs: ScoreInputs, scale: ScoreScale, weights: ScoreWeights): ScoreBreakdown {
  const values = criterionValues(inputs, scale);
  const total = SCORE_CRITERIA.reduce((sum, c) => sum + weights[c], 0);
  const shares = SCORE_CRITERIA.map((criterion) => {
    const { value, unjudged } = values[criterion];
    const weight = weights[criterion];
    return { criterion, weight, value, unjudged, points: total > 0 ? (SCORE_MAX * weight * value) / total : 0 };
  });
  return { score: shares.reduce((sum, s) => sum + s.points, 0), shares };
}

/**
 * The server ranks a whole arena in SQL with the same formula (server/src/scoring/score-sql.ts, which
 * reads the constants above); server/src/scoring/score-sql.test.ts proves the two agree.
 */

/** The largest figures among the inputs: the scale of an arena's objects. */
export function scaleOf(objects: Iterable<Pick<ScoreInputs, keyof ScoreScale>>): ScoreScale {
  const scale: ScoreScale = { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0, organizationCount: 0 };
  for (const o of objects) {
    scale.delayHoursPerWeek = Math.max(scale.delayHoursPerWeek, o.delayHoursPerWeek);
    scale.extraCostSekPerYear = Math.max(scale.extraCostSekPerYear, o.extraCostSekPerYear);
    scale.freightTonnesPerYear = Math.max(scale.freightTonnesPerYear, o.freightTonnesPerYear);
    scale.organizationCount = Math.max(scale.organizationCount, o.organizationCount);
  }
  return scale;
}

const weight = z
  .number({ error: 'required' })
  .int({ error: 'notInteger' })
  .min(0, { error: 'negative' })
  .max(WEIGHT_MAX, { error: 'tooLarge' });

/** Admins set the arena's weights: all six at once, whole numbers 0–10, at least one above 0. */
export const scoreWeightsSchema = z
  .object({
    arenaId: z.uuid({ error: 'invalidId' }),
    weights: z.object({
      ECONOMIC_IMPACT: weight,
      BREADTH: weight,
      SEVERITY: weight,
      STRATEGIC_FIT: weight,
      FREIGHT: weight,
      REALISM: weight,
    }),
  })
  .superRefine((input, ctx) => {
    if (SCORE_CRITERIA.every((c) => input.weights[c] === 0)) {
      ctx.addIssue({ code: 'custom', message: 'allWeightsZero', path: ['weights', 'ECONOMIC_IMPACT'] });
    }
  });
export type SetScoreWeightsInput = z.input<typeof scoreWeightsSchema>;

/** The judgement fields staff set with an object's planning: whole numbers 0–5, or null for "ej bedömd". */
export const judgementSchema = z
  .number()
  .int({ error: 'notInteger' })
  .min(0, { error: 'negative' })
  .max(JUDGEMENT_MAX, { error: 'tooLarge' })
  .nullish()
  .transform((v) => v ?? null);
