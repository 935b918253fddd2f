import { ACTIVE_OBJECT_STATUSES } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { PUBLISHED_OBJECT_SQL, type ReadAccess, visibleReportSql } from '../access';
import { query, raw, type Sql, sql } from '../common/database/sql';

/** How many objects each top list names. */
export const TOP_OBJECTS = 10;
/** How many months the reports chart covers, this one included. */
export const REPORT_MONTHS = 24;
/** Reports are counted by the calendar month of the arena's people. */
const TIME_ZONE = 'Europe/Stockholm';

/**
 * A row of the objects statement: `dim` says what it is. 'all' (one row: every object), 'status',
 * 'stage', 'kind' and 'municipality' (key = kommunkod, null for none) carry a count and sums;
 * 'topImpact' and 'topBreadth' one object each (key = its id, n = its place in the list) with its name and totals.
 */
export interface DashboardRow {
  dim: 'all' | 'status' | 'stage' | 'kind' | 'municipality' | 'topImpact' | 'topBreadth';
  key: string | null;
  n: number;
  hours: number;
  sek: number;
  tonnes: number;
  orgs: number | null;
  reports: number | null;
  name: string | null;
  municipality: string | null;
  kind: string | null;
  status: string | null;
}

export interface MonthRow {
  month: string;
  n: number;
}

/** The dashboard's SQL: the statements are pure functions of their inputs, run by DashboardRepository. */
export const dashboardStatements = {
  /**
   * Everything about the arena's objects in one statement: the objects the audience sees (as the
   * map: active ones; the public only published ones) with that audience's totals are read once
   * (a materialized CTE), then grouped four ways at once (GROUPING SETS), by municipality (an
   * object in two counts in both), and sorted twice for the top lists.
   */
  objects(access: ReadAccess): Sql {
    const a = access.audience;
    const published = a === 'public' ? sql`AND ${raw(PUBLISHED_OBJECT_SQL)}` : raw('');
    // The window numbers the 10 rows after the LIMIT, so the sort stays a top-N heap sort.
    const top = (dim: string, measure: string, order: string) =>
      sql`SELECT ${dim}::text AS dim, v.id::text AS key, v.rank::int AS n, v.hours, v.sek, v.tonnes, v.orgs, v.reports,
          o.name::text, o.municipality::text, v.kind::text, v.status::text
        FROM (SELECT v.*, row_number() OVER (ORDER BY ${raw(order)}) AS rank
                FROM (SELECT * FROM v WHERE ${raw(measure)} > 0 ORDER BY ${raw(order)} LIMIT ${TOP_OBJECTS}) v) v
        JOIN infrastructure_object o ON o.id = v.id`;
    return sql`WITH v AS MATERIALIZED (
        SELECT o.id, o.kind, o.status, o.planning_stage, o.municipality_codes,
          coalesce(t.${raw(a)}_delay_hours_per_week, 0) AS hours, coalesce(t.${raw(a)}_extra_cost_sek_per_year, 0) AS sek,
          coalesce(t.${raw(a)}_freight_tonnes_per_year, 0) AS tonnes, coalesce(t.${raw(a)}_organizations, 0) AS orgs,
          coalesce(t.${raw(a)}_reports, 0) AS reports
        FROM infrastructure_object o LEFT JOIN object_totals t ON t.object_id = o.id
        WHERE o.arena_id = ${access.arenaId} AND o.status = ANY(${ACTIVE_OBJECT_STATUSES}::text[]) ${published}
      )
      SELECT CASE WHEN grouping(v.status) = 0 THEN 'status' WHEN grouping(v.planning_stage) = 0 THEN 'stage'
                  WHEN grouping(v.kind) = 0 THEN 'kind' ELSE 'all' END AS dim,
             coalesce(v.status, v.planning_stage, v.kind)::text AS key, count(*)::int AS n,
             coalesce(sum(v.hours), 0) AS hours, coalesce(sum(v.sek), 0) AS sek, coalesce(sum(v.tonnes), 0) AS tonnes,
             NULL::int AS orgs, NULL::int AS reports, NULL AS name, NULL AS municipality, NULL AS kind, NULL AS status
        FROM v GROUP BY GROUPING SETS ((v.status), (v.planning_stage), (v.kind), ())
      UNION ALL
      SELECT 'municipality', code::text, count(*)::int, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL
        FROM v LEFT JOIN LATERAL unnest(v.municipality_codes) code ON true GROUP BY code
      UNION ALL (${top('topImpact', 'v.sek', 'v.sek DESC, v.orgs DESC, v.id')})
      UNION ALL (${top('topBreadth', 'v.orgs', 'v.orgs DESC, v.sek DESC, v.id')})`;
  },

  /**
   * Reports the reader sees by the month they came in, for the last REPORT_MONTHS months in
   * Swedish time; months without reports are absent (the service fills them in), except this
   * month, which always has a row (with 0 added) so the chart ends where the database's clock is. On the index
   * report (arena_id, created_at) that carries the visibility columns: an index-only range scan.
   */
  reportsPerMonth(access: ReadAccess): Sql {
    const zone = raw(`'${TIME_ZONE}'`);
    const first = sql`date_trunc('month', now() AT TIME ZONE ${zone}) - ${`${REPORT_MONTHS - 1} months`}::interval`;
    return sql`SELECT to_char(date_trunc('month', r.created_at AT TIME ZONE ${zone}), 'YYYY-MM') AS month, count(*)::int AS n
      FROM report r
      WHERE r.arena_id = ${access.arenaId} AND r.created_at >= (${first}) AT TIME ZONE ${zone} AND ${visibleReportSql(access)}
      GROUP BY 1
      UNION ALL SELECT to_char(now() AT TIME ZONE ${zone}, 'YYYY-MM'), 0`;
  },
};

@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  objects(access: ReadAccess): Promise<DashboardRow[]> {
    return query<DashboardRow>(this.db, dashboardStatements.objects(access));
  }

  reportsPerMonth(access: ReadAccess): Promise<MonthRow[]> {
    return query<MonthRow>(this.db, dashboardStatements.reportsPerMonth(access));
  }
}
