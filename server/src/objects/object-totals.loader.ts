import DataLoader from 'dataloader';
import type { ReportCategory } from '@flaskhals/shared';
import type { DataSource } from 'typeorm';
import type { Impact } from '../reports/impact';

export interface ObjectTotals {
  impact: Impact;
  organizationCount: number;
  reportCount: number;
  categories: ReportCategory[];
}

const EMPTY: ObjectTotals = {
  impact: { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
  organizationCount: 0,
  reportCount: 0,
  categories: [],
};

/**
 * Summed impact of every report and support on each object, and how many distinct
 * organizations stand behind it: one query for all objects a GraphQL response asks for.
 */
const totalsSql = (publicOnly: boolean) => `
  WITH counted AS (
    SELECT * FROM report
     WHERE object_id = ANY($1::uuid[]) AND withdrawn_at IS NULL ${publicOnly ? "AND visibility = 'PUBLIC'" : ''}
  ), contribution AS (
    SELECT object_id, organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year, category
      FROM counted
    UNION ALL
    SELECT s.object_id, s.organization_id, s.delay_hours_per_week, s.extra_cost_sek_per_year, s.freight_tonnes_per_year, NULL
      FROM support s JOIN counted r ON r.id = s.report_id
  )
  SELECT object_id,
         sum(delay_hours_per_week) AS delay,
         sum(extra_cost_sek_per_year) AS cost,
         sum(freight_tonnes_per_year) AS tonnes,
         count(DISTINCT organization_id)::int AS organizations,
         count(category)::int AS reports,
         coalesce(array_agg(DISTINCT category) FILTER (WHERE category IS NOT NULL), '{}') AS categories
    FROM contribution GROUP BY object_id`;

/** Whose totals: the members' (every report not withdrawn) or the public's (public reports only). */
export type TotalsScope = 'members' | 'public';

export function totalsKey(scope: TotalsScope, objectId: string): string {
  return `${scope}:${objectId}`;
}

export function createObjectTotalsLoader(db: DataSource): DataLoader<string, ObjectTotals> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, ObjectTotals>();
    for (const scope of ['members', 'public'] as const) {
      const ids = keys.filter((k) => k.startsWith(`${scope}:`)).map((k) => k.slice(scope.length + 1));
      if (ids.length === 0) continue;
      for (const [id, totals] of await loadTotals(db, ids, scope === 'public')) byKey.set(totalsKey(scope, id), totals);
    }
    return keys.map((key) => byKey.get(key) ?? EMPTY);
  });
}

async function loadTotals(db: DataSource, ids: string[], publicOnly: boolean): Promise<Map<string, ObjectTotals>> {
  const rows: { object_id: string; delay: number; cost: number; tonnes: number; organizations: number; reports: number; categories: ReportCategory[] }[] =
    await db.query(totalsSql(publicOnly), [ids]);
  return new Map(
    rows.map((r) => [
      r.object_id,
      {
        impact: { delayHoursPerWeek: r.delay, extraCostSekPerYear: r.cost, freightTonnesPerYear: r.tonnes },
        organizationCount: r.organizations,
        reportCount: r.reports,
        categories: [...r.categories].sort(),
      },
    ]),
  );
}
