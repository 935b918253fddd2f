import {
  EXAMINED_BONUS,
  FOUR_STEP_CLASSES,
  FREIGHT_KINDS,
  JUDGEMENT_MAX,
  REALISM_OF_CLASS,
  SCORE_MAX,
  type ScoreInputs,
  type ScoreScale,
  type ScoreWeights,
  UNJUDGED_VALUE,
} from '@flaskhals/shared';

import type { Audience } from '../access';
import { join, raw, type Sql, sql } from '../common/database/sql';

/**
 * The score's inputs of an object `o` with its totals `t` for one audience, each an SQL expression
 * named as in ScoreInputs: the figures and the organization count as the audience sees them
 * (visitors: the public totals only, so a score never reveals a confidential figure), the staff
 * judgements from the planning, the freight network from the network references.
 */
export function scoreInputExpressions(audience: Audience): Record<keyof ScoreInputs, string> {
  return {
    kind: 'o.kind',
    delayHoursPerWeek: `coalesce(t.${audience}_delay_hours_per_week, 0)`,
    extraCostSekPerYear: `coalesce(t.${audience}_extra_cost_sek_per_year, 0)`,
    freightTonnesPerYear: `coalesce(t.${audience}_freight_tonnes_per_year, 0)`,
    organizationCount: `coalesce(t.${audience}_organizations, 0)`,
    severity: `(o.planning->>'severity')::int`,
    strategicFit: `(o.planning->>'strategicFit')::int`,
    fourStepClass: `o.planning->>'fourStepClass'`,
    stepsOneTwoExamined: `coalesce((o.planning->>'stepsOneTwoExamined')::boolean, false)`,
    onFreightNetwork: `(o.network_refs @> '[{"type":"PORT"}]' OR o.network_refs @> '[{"type":"ROAD","freightPriority":true}]')`,
  };
}

/** Where the formula reads a row's inputs and the arena's largest figures. */
export interface ScoreSqlSources {
  input: (name: keyof ScoreInputs) => string;
  largest: (name: keyof ScoreScale) => Sql;
}

/**
 * shared/src/scoring.ts's scoreObject as one SQL expression, so that PostgreSQL can order a whole
 * arena and hand back only the page (a top-N sort) instead of 100,000 rows for Node to score. The
 * ranking reads the inputs from its rows and the scale from its own aggregate; the register's
 * order reads them from the object and its totals, against the scale its Poäng column shows
 * (objectScoreSql). The constants come from the shared file; score-sql.test.ts proves the two agree.
 */
export function scoreSql(weights: ScoreWeights, { input, largest }: ScoreSqlSources): Sql {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  if (total <= 0) return raw('0::float8');
  const logShare = (value: keyof ScoreInputs, scale: keyof ScoreScale) =>
    sql`CASE WHEN ${largest(scale)} > 0 AND ${raw(input(value))} > 0 THEN least(1, ln(1 + ${raw(input(value))}) / ln(1 + ${largest(scale)})) ELSE 0 END`;
  const economic = sql`((${logShare('delayHoursPerWeek', 'delayHoursPerWeek')}) + (${logShare('extraCostSekPerYear', 'extraCostSekPerYear')})
    + (${logShare('freightTonnesPerYear', 'freightTonnesPerYear')})) / 3`;
  const breadth = sql`CASE WHEN ${largest('organizationCount')} > 0
    THEN least(1, ${raw(input('organizationCount'))}::float8 / ${largest('organizationCount')}) ELSE 0 END`;
  const judged = (name: 'severity' | 'strategicFit') =>
    raw(
      `CASE WHEN ${input(name)} IS NULL THEN ${UNJUDGED_VALUE} ELSE least(1, greatest(0, ${input(name)}::float8 / ${JUDGEMENT_MAX})) END`,
    );
  const freightKinds = FREIGHT_KINDS.map((k) => `'${k}'`).join(', ');
  const freight = raw(`CASE WHEN ${input('kind')} IN (${freightKinds}) OR ${input('onFreightNetwork')} THEN 1 ELSE 0 END`);
  const bonus = `CASE WHEN ${input('stepsOneTwoExamined')} AND ${input('fourStepClass')} IN ('REBUILD', 'BUILD_NEW') THEN ${EXAMINED_BONUS}::float8 ELSE 0::float8 END`;
  const realism = raw(
    `CASE ${input('fourStepClass')} ${FOUR_STEP_CLASSES.map((c) => `WHEN '${c}' THEN least(1::float8, ${REALISM_OF_CLASS[c]}::float8 + ${bonus})`).join(' ')} ELSE ${UNJUDGED_VALUE}::float8 END`,
  );
  const w = (criterion: keyof ScoreWeights) => sql`${weights[criterion]}::float8`;
  return sql`(${SCORE_MAX}::float8 * (${w('ECONOMIC_IMPACT')} * (${economic}) + ${w('BREADTH')} * (${breadth})
    + ${w('SEVERITY')} * (${judged('severity')}) + ${w('STRATEGIC_FIT')} * (${judged('strategicFit')})
    + ${w('FREIGHT')} * (${freight}) + ${w('REALISM')} * (${realism})) / ${total}::float8)`;
}

/**
 * The score of an object `o` with its totals `t` (LEFT JOIN object_totals t) for an audience,
 * measured against a scale given as numbers: the register's order by score (objects/ receives it
 * through ObjectsService.useScoreKey, since objects/ cannot import scoring/).
 */
export function objectScoreSql(audience: Audience, weights: ScoreWeights, scale: ScoreScale): Sql {
  const inputs = scoreInputExpressions(audience);
  return scoreSql(weights, { input: (name) => `(${inputs[name]})`, largest: (name) => sql`${scale[name]}::float8` });
}

/** The score's inputs as a select list over `o` and `t`, each named as in ScoreInputs. */
export function scoreInputColumns(audience: Audience): Sql {
  return join(
    Object.entries(scoreInputExpressions(audience)).map(([name, expr]) => raw(`${expr} AS "${name}"`)),
    ', ',
  );
}
