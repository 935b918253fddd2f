import {
  EXAMINED_BONUS,
  FOUR_STEP_CLASSES,
  FREIGHT_KINDS,
  JUDGEMENT_MAX,
  REALISM_OF_CLASS,
  SCORE_MAX,
  type ScoreWeights,
  UNJUDGED_VALUE,
} from '@flaskhals/shared';

import { raw, type Sql, sql } from '../common/database/sql';

/**
 * shared/src/scoring.ts's scoreObject as one SQL expression, so that PostgreSQL can rank a whole
 * arena and hand back only the page (a top-N sort) instead of 100,000 rows for Node to score. It
 * reads the score inputs of a row `i` (the columns of scoring.repository.ts inputColumns) and the
 * scale `s` (delay, cost, tonnes, organizations: the arena's largest). The constants come from the
 * shared file; score-sql.test.ts proves the two agree on many objects.
 */
export function scoreSql(weights: ScoreWeights): Sql {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  if (total <= 0) return raw('0::float8');
  const logShare = (value: string, largest: string) =>
    `CASE WHEN s.${largest} > 0 AND i."${value}" > 0 THEN least(1, ln(1 + i."${value}") / ln(1 + s.${largest})) ELSE 0 END`;
  const economic = `((${logShare('delayHoursPerWeek', 'delay')}) + (${logShare('extraCostSekPerYear', 'cost')}) + (${logShare('freightTonnesPerYear', 'tonnes')})) / 3`;
  const breadth = `CASE WHEN s.organizations > 0 THEN least(1, i."organizationCount"::float8 / s.organizations) ELSE 0 END`;
  const judged = (column: string) =>
    `CASE WHEN i."${column}" IS NULL THEN ${UNJUDGED_VALUE} ELSE least(1, greatest(0, i."${column}"::float8 / ${JUDGEMENT_MAX})) END`;
  const freightKinds = FREIGHT_KINDS.map((k) => `'${k}'`).join(', ');
  const freight = `CASE WHEN i.kind IN (${freightKinds}) OR i."onFreightNetwork" THEN 1 ELSE 0 END`;
  const bonus = `CASE WHEN i."stepsOneTwoExamined" AND i."fourStepClass" IN ('REBUILD', 'BUILD_NEW') THEN ${EXAMINED_BONUS}::float8 ELSE 0::float8 END`;
  const realism = `CASE i."fourStepClass" ${FOUR_STEP_CLASSES.map((c) => `WHEN '${c}' THEN least(1::float8, ${REALISM_OF_CLASS[c]}::float8 + ${bonus})`).join(' ')} ELSE ${UNJUDGED_VALUE}::float8 END`;
  const w = (criterion: keyof ScoreWeights) => sql`${weights[criterion]}::float8`;
  return sql`(${SCORE_MAX}::float8 * (${w('ECONOMIC_IMPACT')} * (${raw(economic)}) + ${w('BREADTH')} * (${raw(breadth)})
    + ${w('SEVERITY')} * (${raw(judged('severity'))}) + ${w('STRATEGIC_FIT')} * (${raw(judged('strategicFit'))})
    + ${w('FREIGHT')} * (${raw(freight)}) + ${w('REALISM')} * (${raw(realism)})) / ${total}::float8)`;
}
