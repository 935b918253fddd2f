import { OBJECT_KINDS, OBJECT_STATUSES, PLANNING_STAGES } from '@flaskhals/shared';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';

import type { Audience } from '../access';
import { join, raw, type Sql, sql } from '../common/database/sql';
import { enumObject } from '../common/graphql/enums';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';

export const OBJECT_SORT_FIELDS = [
  'NAME',
  'KIND',
  'MUNICIPALITY',
  'STATUS',
  'PLANNING_STAGE',
  'ORGANIZATIONS',
  'HOURS',
  'SEK',
  'TONNES',
  'LAST_ACTIVITY',
  'SCORE',
] as const;
export type ObjectSortField = (typeof OBJECT_SORT_FIELDS)[number];
export const ObjectSortFieldEnum = enumObject(OBJECT_SORT_FIELDS);
registerEnumType(ObjectSortFieldEnum, {
  name: 'ObjectSortField',
  description:
    'What the register is sorted by. Kind, status and planning stage sort in their declared order (the workflow), names in Swedish order (å, ä, ö after z); figures and the organization count are those the asker sees; LAST_ACTIVITY is updatedAt; SCORE is the score the asker sees (visitors: from public figures)',
});
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const SortDirectionEnum = enumObject(SORT_DIRECTIONS);
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

@InputType()
export class ObjectSort {
  @Field(() => ObjectSortFieldEnum, { defaultValue: 'NAME' })
  field: ObjectSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}

export const DEFAULT_OBJECT_SORT: ObjectSort = { field: 'NAME', direction: 'ASC' };

/** The SQL type of a key, for its cursor value's check and cast. */
type KeyType = 'varchar' | 'int' | 'float8' | 'timestamptz' | 'boolean' | 'uuid';

/** One column of the order: an expression over the object `o` and its totals `t`. */
interface SortKey {
  expr: string | Sql;
  direction: SortDirection;
  type: KeyType;
}

/** An enum column as its position in the declared list, so that the order means something in any language. */
const position = (values: readonly string[], column: string) =>
  `array_position(ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[], ${column}::text)`;

/** The figure behind a sort field, from object_totals for the asker's audience (zero without reports). */
const TOTALS_COLUMN: Partial<Record<ObjectSortField, [string, KeyType]>> = {
  ORGANIZATIONS: ['organizations', 'int'],
  HOURS: ['delay_hours_per_week', 'float8'],
  SEK: ['extra_cost_sek_per_year', 'float8'],
  TONNES: ['freight_tonnes_per_year', 'float8'],
};

/**
 * The keys of an order, ending in the id so that every row has one place. Names sort by their
 * column's collation (sv-SE-x-icu, migration 1766000000000), so the keyset comparison and the index
 * use the same order. Rows equal on the field follow by name A–Ö whatever the direction; objects
 * without a municipality come last both ways.
 */
export function sortKeys(sort: ObjectSort, audience: Audience, score?: Sql): SortKey[] {
  const dir = sort.direction;
  const byName: SortKey[] = [
    { expr: 'o.name', direction: 'ASC', type: 'varchar' },
    { expr: 'o.id', direction: 'ASC', type: 'uuid' },
  ];
  const totals = TOTALS_COLUMN[sort.field];
  if (totals) return [{ expr: `coalesce(t.${audience}_${totals[0]}, 0)`, direction: dir, type: totals[1] }, ...byName];
  switch (sort.field) {
    case 'NAME':
      return byName.map((key) => ({ ...key, direction: dir }));
    case 'KIND':
      return [{ expr: position(OBJECT_KINDS, 'o.kind'), direction: dir, type: 'int' }, ...byName];
    case 'STATUS':
      return [{ expr: position(OBJECT_STATUSES, 'o.status'), direction: dir, type: 'int' }, ...byName];
    case 'PLANNING_STAGE':
      return [{ expr: position(PLANNING_STAGES, 'o.planning_stage'), direction: dir, type: 'int' }, ...byName];
    case 'MUNICIPALITY':
      return [
        { expr: 'o.municipality IS NULL', direction: 'ASC', type: 'boolean' },
        { expr: 'o.municipality', direction: dir, type: 'varchar' },
        ...byName,
      ];
    case 'LAST_ACTIVITY':
      return [{ expr: 'o.updated_at', direction: dir, type: 'timestamptz' }, ...byName];
    case 'SCORE':
      // The score's SQL comes from scoring/ (ObjectsService.useScoreKey): objects/ cannot import it.
      if (!score) throw new Error('Sorting by score needs the score from scoring/');
      return [{ expr: score, direction: dir, type: 'float8' }, ...byName];
    default:
      throw badInput('sort.field', 'invalid');
  }
}

/** Whether the order reads object_totals. */
export const sortNeedsTotals = (sort: ObjectSort): boolean => sort.field in TOTALS_COLUMN || sort.field === 'SCORE';

/** `ORDER BY` over the keys as the columns s0, s1 … of a page's subquery (`alias.sN`). */
export function orderBySql(keys: SortKey[], alias: string): string {
  return keys.map((key, i) => `${alias}.s${i} ${key.direction}`).join(', ');
}

/** The select list naming each key sN. */
export function keyColumnsSql(keys: SortKey[]): Sql {
  return join(
    keys.map((key, i) => sql`${typeof key.expr === 'string' ? raw(key.expr) : key.expr} AS ${raw(`s${i}`)}`),
    ', ',
  );
}

/** The keys' values of a row as one JSON array, the cursor of its edge (timestamps keep their microseconds). */
export function keyValuesSql(keys: SortKey[], alias: string): string {
  return `json_build_array(${keys.map((_, i) => `${alias}.s${i}`).join(', ')})`;
}

/**
 * Rows after the cursor's row, over the key columns `alias.sN`. A null value (only a municipality,
 * behind its IS NULL key) equals only null and has nothing after it within its group. The first
 * key also bounds the range on its own, so an index on it can start there.
 */
export function afterSql(keys: SortKey[], values: unknown[], alias: string): Sql {
  const column = (i: number) => raw(`${alias}.s${i}`);
  const value = (i: number) => sql`${values[i]}::${raw(keys[i].type)}`;
  const equal = (i: number) => (values[i] === null ? sql`${column(i)} IS NULL` : sql`${column(i)} = ${value(i)}`);
  const beyond = (i: number) => {
    if (values[i] === null) return raw('false');
    return keys[i].direction === 'ASC' ? sql`${column(i)} > ${value(i)}` : sql`${column(i)} < ${value(i)}`;
  };
  const alternatives = keys.map((_, i) => join([...keys.slice(0, i).map((__, j) => equal(j)), beyond(i)], ' AND '));
  const bound =
    values[0] === null ? raw('true') : keys[0].direction === 'ASC' ? sql`${column(0)} >= ${value(0)}` : sql`${column(0)} <= ${value(0)}`;
  return sql`(${bound} AND (${join(alternatives, ' OR ')}))`;
}

/** A client's cursor checked against the keys (count and type of every value) before it reaches SQL. */
export function decodeSortCursor(cursor: string | null | undefined, keys: SortKey[], field = 'after'): unknown[] | null {
  if (!cursor) return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'invalidCursor');
  }
  if (!Array.isArray(values) || values.length !== keys.length || !values.every((v, i) => fits(v, keys[i].type, keys[i].expr)))
    throw badInput(field, 'invalidCursor');
  return values;
}

function fits(value: unknown, type: KeyType, expr: string | Sql): boolean {
  if (value === null) return expr === 'o.municipality';
  switch (type) {
    case 'varchar':
      return typeof value === 'string';
    case 'int':
      return Number.isInteger(value);
    case 'float8':
      return typeof value === 'number' && Number.isFinite(value);
    case 'timestamptz':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'uuid':
      return isUuid(value);
  }
}

/** What a sorted page needs besides the order: the shape of the map's page (objects.repository.ts). */
export interface SortedPageInput {
  conditions: Sql;
  sort: ObjectSort;
  audience: Audience;
  /** The keys' values of the last row of the previous page (decodeSortCursor). */
  cursor: unknown[] | null;
  /** The score over `o` and `t` when sorting by SCORE (scoring/'s objectScoreSql). */
  score?: Sql;
  limit: number;
  /** The select list of the page's rows over `o` (and `t` when `asksTotals`): pageSelectList. */
  select: Sql;
  asksTotals: boolean;
}

/**
 * One page of the register in any order: the keys are computed for the rows that pass the
 * conditions (with their totals for a figure's order), the page chosen on them, and the wide
 * columns read for its rows only. Each row carries `sort_key`, its cursor's values. The total
 * count is a statement of its own (objectStatements.count): a count(*) OVER () here would keep
 * every row of a 100,000-object arena to the end of the scan (spilled to disk: measured 140-330 ms
 * instead of 1 ms by name), while the count alone is one index-only scan.
 */
export function sortedPageStatement(page: SortedPageInput): Sql {
  const keys = sortKeys(page.sort, page.audience, page.score);
  const totalsJoin = raw('LEFT JOIN object_totals t ON t.object_id = o.id');
  // The score is a long expression: OFFSET 0 keeps the subquery whole, so it is computed once a row,
  // not again in each comparison with the cursor (100,000 objects, a page after a cursor: 590 ms without, 400 ms with).
  const fence = raw(page.sort.field === 'SCORE' ? ' OFFSET 0' : '');
  const keyed = sql`SELECT o.id, ${keyColumnsSql(keys)} FROM infrastructure_object o ${sortNeedsTotals(page.sort) ? totalsJoin : raw('')} WHERE ${page.conditions}${fence}`;
  const after = page.cursor ? sql` WHERE ${afterSql(keys, page.cursor, 'k')}` : raw('');
  const chosen = sql`SELECT * FROM (${keyed}) k${after} ORDER BY ${raw(orderBySql(keys, 'k'))} LIMIT ${page.limit}`;
  return sql`SELECT ${page.select}, ${raw(keyValuesSql(keys, 'page'))} AS sort_key FROM (${chosen}) page
    JOIN infrastructure_object o ON o.id = page.id ${page.asksTotals ? totalsJoin : raw('')} ORDER BY ${raw(orderBySql(keys, 'page'))}`;
}
