import type { ReportCategory } from '@flaskhals/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { selectedFields } from '../common/graphql/selection';
import { readScope, type Actor } from '../auth/actor';
import type { Impact } from '../reports/impact';

/** Whose totals: the members' (every report not withdrawn) or the public's (public reports only). */
export type TotalsScope = 'members' | 'public';

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

const COLUMNS = [
  ['delay_hours_per_week', '0'],
  ['extra_cost_sek_per_year', '0'],
  ['freight_tonnes_per_year', '0'],
  ['organizations', '0'],
  ['reports', '0'],
  ['categories', `'{}'`],
] as const;

type TotalsRow = Record<`t_${(typeof COLUMNS)[number][0]}`, unknown>;

export function totalsScope(actor: Actor, arenaId: string): TotalsScope {
  return readScope(actor, arenaId).members ? 'members' : 'public';
}

/** The select list of one audience's totals from object_totals (as `alias`), zeros for an object without reports. */
export function totalsColumnsSql(scope: TotalsScope, alias = 't'): string {
  return COLUMNS.map(([name, zero]) => `coalesce(${alias}.${scope}_${name}, ${zero}) AS t_${name}`).join(', ');
}

export function totalsFromRow(row: TotalsRow): ObjectTotals {
  return {
    totalImpact: {
      delayHoursPerWeek: row.t_delay_hours_per_week as number,
      extraCostSekPerYear: row.t_extra_cost_sek_per_year as number,
      freightTonnesPerYear: row.t_freight_tonnes_per_year as number,
    },
    organizationCount: row.t_organizations as number,
    reportCount: row.t_reports as number,
    categories: row.t_categories as ReportCategory[],
  };
}

/** Adds the totals the actor may see to objects read elsewhere: one query for all of them. */
export async function withTotals<T extends { id: string; arenaId: string }>(db: DataSource | EntityManager, actor: Actor, objects: T[]): Promise<(T & ObjectTotals)[]> {
  if (objects.length === 0) return [];
  const scopes = new Set(objects.map((o) => totalsScope(actor, o.arenaId)));
  const selects = [...scopes].map((scope) => totalsColumnsSql(scope).replaceAll(' AS t_', ` AS ${scope}_t_`)).join(', ');
  const rows: (Record<string, unknown> & { id: string })[] = await db.query(
    `SELECT ids.id, ${selects} FROM unnest($1::uuid[]) AS ids(id) LEFT JOIN object_totals t ON t.object_id = ids.id`,
    [objects.map((o) => o.id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return objects.map((object) => {
    const scope = totalsScope(actor, object.arenaId);
    const row = byId.get(object.id)!;
    const scoped = Object.fromEntries(COLUMNS.map(([name]) => [`t_${name}`, row[`${scope}_t_${name}`]])) as TotalsRow;
    return Object.assign(object, totalsFromRow(scoped));
  });
}
