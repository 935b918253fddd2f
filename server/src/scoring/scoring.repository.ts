import {
  ACTIVE_OBJECT_STATUSES,
  type FourStepClass,
  type ObjectKind,
  type ScoreCriterion,
  type ScoreInputs,
  type ScoreScale,
  type ScoreWeights,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Audience, PUBLISHED_OBJECT_SQL } from '../access';
import { join, query, raw, type Sql, sql } from '../common/database/sql';
import { OBJECT_COLUMNS_SQL } from '../objects';
import { scoreInputColumns, scoreSql, type ScoreSqlSources } from './score-sql';

/** What the score reads of an object, as one row per object. */
export interface ScoreInputRow extends ScoreInputs {
  id: string;
  arenaId: string;
}

/** The score's inputs of objects `o` with their totals `t` for one audience (score-sql.ts), with the id and arena. */
function inputColumns(audience: Audience): Sql {
  return sql`o.id, o.arena_id AS "arenaId", ${scoreInputColumns(audience)}`;
}

/** The ranking scores its rows `i` (inputColumns) against its own aggregate `s`. */
const SCALE_COLUMN: Record<keyof ScoreScale, string> = {
  delayHoursPerWeek: 's.delay',
  extraCostSekPerYear: 's.cost',
  freightTonnesPerYear: 's.tonnes',
  organizationCount: 's.organizations',
};
const RANKED_SOURCES: ScoreSqlSources = { input: (name) => `i."${name}"`, largest: (name) => raw(SCALE_COLUMN[name]) };

/** The objects that are ranked: the arena's active ones the audience sees. */
function rankedObjects(arenaId: string, audience: Audience): Sql {
  const published = audience === 'public' ? raw(` AND ${PUBLISHED_OBJECT_SQL}`) : raw('');
  return sql`o.arena_id = ${arenaId} AND o.status = ANY(${ACTIVE_OBJECT_STATUSES}::text[])${published}`;
}

export const scoringStatements = {
  weights(arenaId: string): Sql {
    return sql`SELECT criterion, weight FROM score_weight WHERE arena_id = ${arenaId}`;
  },

  setWeights(arenaId: string, weights: Record<ScoreCriterion, number>): Sql {
    const rows = Object.entries(weights).map(([criterion, weight]) => sql`(${arenaId}::uuid, ${criterion}, ${weight}::smallint)`);
    return sql`INSERT INTO score_weight (arena_id, criterion, weight) VALUES ${join(rows, ', ')}
      ON CONFLICT (arena_id, criterion) DO UPDATE SET weight = excluded.weight, updated_at = now()`;
  },

  /** The inputs of the given objects for an audience. */
  inputsOf(audience: Audience, ids: readonly string[]): Sql {
    return sql`SELECT ${inputColumns(audience)} FROM infrastructure_object o LEFT JOIN object_totals t ON t.object_id = o.id
      WHERE o.id = ANY(${ids}::uuid[])`;
  },

  /** The inputs of every ranked object of the arena: one sequential pass over the arena's objects and their totals. */
  rankedInputs(arenaId: string, audience: Audience): Sql {
    return sql`SELECT ${inputColumns(audience)} FROM infrastructure_object o LEFT JOIN object_totals t ON t.object_id = o.id
      WHERE ${rankedObjects(arenaId, audience)}`;
  },

  /**
   * A page of the arena's ranking, scored in SQL (score-sql.ts): the ranked objects' inputs read
   * once, their scale and count from those, then the top of the order by score (equal scores by id).
   * Each row carries its inputs and the scale, so the page's breakdowns come from the shared formula.
   */
  rankedPage(arenaId: string, audience: Audience, weights: ScoreWeights, limit: number, offset: number): Sql {
    return sql`WITH i AS MATERIALIZED (SELECT ${inputColumns(audience)} FROM infrastructure_object o
          LEFT JOIN object_totals t ON t.object_id = o.id WHERE ${rankedObjects(arenaId, audience)}),
        s AS (SELECT coalesce(max(i."delayHoursPerWeek"), 0)::float8 AS delay, coalesce(max(i."extraCostSekPerYear"), 0)::float8 AS cost,
          coalesce(max(i."freightTonnesPerYear"), 0)::float8 AS tonnes, coalesce(max(i."organizationCount"), 0)::float8 AS organizations,
          count(*)::int AS total FROM i)
      SELECT i.*, s.delay, s.cost, s.tonnes, s.organizations, s.total, ${scoreSql(weights, RANKED_SOURCES)} AS score
      FROM i CROSS JOIN s ORDER BY score DESC, i.id LIMIT ${limit} OFFSET ${offset}`;
  },

  /** The arena's largest figures among the ranked objects, for the audience. */
  scale(arenaId: string, audience: Audience): Sql {
    const max = (column: string) => raw(`coalesce(max(t.${audience}_${column}), 0)::float8`);
    return sql`SELECT ${max('delay_hours_per_week')} AS "delayHoursPerWeek", ${max('extra_cost_sek_per_year')} AS "extraCostSekPerYear",
        ${max('freight_tonnes_per_year')} AS "freightTonnesPerYear", ${max('organizations')} AS "organizationCount"
      FROM infrastructure_object o JOIN object_totals t ON t.object_id = o.id WHERE ${rankedObjects(arenaId, audience)}`;
  },

  /** A page of ranked objects, in the order of the ids, with the audience's totals. */
  objects(audience: Audience, ids: readonly string[]): Sql {
    return sql`SELECT ${raw(OBJECT_COLUMNS_SQL)},
        coalesce(t.${raw(audience)}_delay_hours_per_week, 0) AS t_delay_hours_per_week,
        coalesce(t.${raw(audience)}_extra_cost_sek_per_year, 0) AS t_extra_cost_sek_per_year,
        coalesce(t.${raw(audience)}_freight_tonnes_per_year, 0) AS t_freight_tonnes_per_year,
        coalesce(t.${raw(audience)}_organizations, 0) AS "organizationCount", coalesce(t.${raw(audience)}_reports, 0) AS "reportCount",
        coalesce(t.${raw(audience)}_categories, '{}') AS categories
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS page(id, n) JOIN infrastructure_object o ON o.id = page.id
      LEFT JOIN object_totals t ON t.object_id = o.id ORDER BY page.n`;
  },
};

interface RawInputRow extends Omit<ScoreInputRow, 'kind' | 'fourStepClass'> {
  kind: string;
  fourStepClass: string | null;
}

const typed = (row: RawInputRow): ScoreInputRow => ({
  ...row,
  kind: row.kind as ObjectKind,
  fourStepClass: row.fourStepClass as FourStepClass | null,
});

@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async weights(arenaId: string): Promise<{ criterion: string; weight: number }[]> {
    return query(this.db, scoringStatements.weights(arenaId));
  }

  async setWeights(tx: EntityManager, arenaId: string, weights: Record<ScoreCriterion, number>): Promise<void> {
    await query(tx, scoringStatements.setWeights(arenaId, weights));
  }

  async inputsOf(audience: Audience, ids: readonly string[]): Promise<ScoreInputRow[]> {
    return (await query<RawInputRow>(this.db, scoringStatements.inputsOf(audience, ids))).map(typed);
  }

  async rankedInputs(arenaId: string, audience: Audience): Promise<ScoreInputRow[]> {
    return (await query<RawInputRow>(this.db, scoringStatements.rankedInputs(arenaId, audience))).map(typed);
  }

  async rankedPage(
    arenaId: string,
    audience: Audience,
    weights: ScoreWeights,
    limit: number,
    offset: number,
  ): Promise<{ inputs: ScoreInputRow; scale: ScoreScale; total: number; sqlScore: number }[]> {
    const rows = await query<
      RawInputRow & { delay: number; cost: number; tonnes: number; organizations: number; total: number; score: number }
    >(this.db, scoringStatements.rankedPage(arenaId, audience, weights, limit, offset));
    return rows.map(({ delay, cost, tonnes, organizations, total, score, ...inputs }) => ({
      inputs: typed(inputs),
      scale: { delayHoursPerWeek: delay, extraCostSekPerYear: cost, freightTonnesPerYear: tonnes, organizationCount: organizations },
      total,
      sqlScore: score,
    }));
  }

  async scale(arenaId: string, audience: Audience): Promise<ScoreScale> {
    const [row] = await query<ScoreScale>(this.db, scoringStatements.scale(arenaId, audience));
    return row;
  }

  async objects(audience: Audience, ids: readonly string[]): Promise<Record<string, unknown>[]> {
    return query(this.db, scoringStatements.objects(audience, ids));
  }
}
