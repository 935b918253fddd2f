import type { ReportCategory } from '@flaskhals/shared';
import type { GraphQLResolveInfo } from 'graphql';

import { type Audience } from '../access';
import { raw, type Sql, sql } from '../common/database/sql';
import { selectedFields } from '../common/graphql/selection';
import type { Impact } from './impact';

/** What an object shows of its reports and supports; kept in object_totals by triggers. */
export interface ObjectTotals {
  totalImpact: Impact;
  organizationCount: number;
  reportCount: number;
  categories: ReportCategory[];
}

/** The GraphQL fields of an object that come from its totals. */
export const TOTALS_FIELDS = ['totalImpact', 'organizationCount', 'reportCount', 'categories'];

/** Whether the query asks for any of an object's totals at `path` below the current field. */
export function asksForTotals(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const fields = selectedFields(info, path);
  return TOTALS_FIELDS.some((field) => fields.has(field));
}

/** Column of object_totals (after the audience's prefix), its value without reports, and its name in a row. */
const COLUMNS = [
  ['delay_hours_per_week', '0', 't_delay_hours_per_week'],
  ['extra_cost_sek_per_year', '0', 't_extra_cost_sek_per_year'],
  ['freight_tonnes_per_year', '0', 't_freight_tonnes_per_year'],
  ['organizations', '0', 'organizationCount'],
  ['reports', '0', 'reportCount'],
  ['categories', `'{}'`, 'categories'],
] as const;

/** A row with the totals' columns: the counts and categories under their field names, the impact as t_ columns. */
export type TotalsRow = Record<(typeof COLUMNS)[number][2], unknown>;

/**
 * The select list of one audience's totals from object_totals `t`, zeros for an object without
 * reports. Given the query's `fields`, the categories array is read only when asked for: parsing
 * it costs more than all the figures.
 */
export function totalsColumns(audience: Audience, fields?: ReadonlySet<string>): Sql {
  return raw(
    COLUMNS.filter(([name]) => name !== 'categories' || !fields || fields.has('categories'))
      .map(([name, zero, as]) => `coalesce(t.${audience}_${name}, ${zero}) AS "${as}"`)
      .join(', '),
  );
}

/** SQL condition on an object `o` that the audience sees one of the categories on it. */
export function categoriesShown(audience: Audience, categories: readonly string[]): Sql {
  return sql`EXISTS (SELECT 1 FROM object_totals ct WHERE ct.object_id = o.id AND ct.${raw(`${audience}_categories`)} && ${categories}::varchar[])`;
}

/** Whether a row carries the totals' columns. */
export function hasTotals(row: object): row is TotalsRow {
  return 't_delay_hours_per_week' in row;
}

/** The impact sums of a row with the totals' columns. */
export function impactOfRow(row: TotalsRow): Impact {
  return {
    delayHoursPerWeek: row.t_delay_hours_per_week as number,
    extraCostSekPerYear: row.t_extra_cost_sek_per_year as number,
    freightTonnesPerYear: row.t_freight_tonnes_per_year as number,
  };
}

export function totalsFromRow(row: TotalsRow): ObjectTotals {
  return {
    totalImpact: impactOfRow(row),
    organizationCount: row.organizationCount as number,
    reportCount: row.reportCount as number,
    categories: row.categories as ReportCategory[],
  };
}
