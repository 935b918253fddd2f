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
const TOTALS_SQL = `
  WITH contribution AS (
    SELECT object_id, organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year, category
      FROM report WHERE object_id = ANY($1::uuid[])
    UNION ALL
    SELECT object_id, organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year, NULL
      FROM support WHERE object_id = ANY($1::uuid[])
  )
  SELECT object_id,
         sum(delay_hours_per_week) AS delay,
         sum(extra_cost_sek_per_year) AS cost,
         sum(freight_tonnes_per_year) AS tonnes,
         count(DISTINCT organization_id)::int AS organizations,
         count(category)::int AS reports,
         coalesce(array_agg(DISTINCT category) FILTER (WHERE category IS NOT NULL), '{}') AS categories
    FROM contribution GROUP BY object_id`;

export function createObjectTotalsLoader(db: DataSource): DataLoader<string, ObjectTotals> {
  return new DataLoader(async (ids) => {
    const rows: { object_id: string; delay: number; cost: number; tonnes: number; organizations: number; reports: number; categories: ReportCategory[] }[] =
      await db.query(TOTALS_SQL, [ids]);
    const byId = new Map(
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
    return ids.map((id) => byId.get(id) ?? EMPTY);
  });
}
