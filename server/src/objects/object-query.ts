import { bboxSchema, searchSchema, validate } from '@flaskhals/shared';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { escapeLike } from '../common/database/sql';
import type { Audience } from '../access/access';
import { PUBLISHED_OBJECT_SQL } from '../access/visibility';
import { toPgBox } from './geo-distance';
import type { ObjectFilter } from './object-filter.input';
import type { InfrastructureObject } from './infrastructure-object.entity';
import { TOTALS_FIELDS, categoriesShownSql, hasTotals, impactOfRow, totalsColumnsSql } from './object-totals';

/** SQL conditions on `infrastructure_object o` with their positional parameters; add more with `param`. */
export class ObjectConditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /**
   * Objects of the arena the audience may see (all for members, the published ones for others)
   * that pass the filter. A category matches what the object shows that audience: its
   * non-withdrawn reports, only the public ones for visitors.
   */
  constructor(arenaId: string, audience: Audience, filter: ObjectFilter) {
    this.where(`o.arena_id = ${this.param(arenaId)}`);
    if (audience === 'public') this.where(PUBLISHED_OBJECT_SQL);
    if (filter.bbox) {
      const bbox = validate(bboxSchema, filter.bbox);
      if (!bbox.ok) throw new BadUserInputError(bbox.errors, 'filter.bbox');
      const [minLng, minLat, maxLng, maxLat] = bbox.value;
      this.where(`o.bbox && ${this.param(toPgBox({ minLng, minLat, maxLng, maxLat }))}::box`);
    }
    if (filter.kinds?.length) this.where(`o.kind = ANY(${this.param(filter.kinds)}::text[])`);
    if (filter.modes?.length) this.where(`o.modes && ${this.param(filter.modes)}::varchar[]`);
    if (filter.statuses?.length) this.where(`o.status = ANY(${this.param(filter.statuses)}::text[])`);
    if (filter.categories?.length) this.where(categoriesShownSql(audience, this.param(filter.categories)));
    const search = validate(searchSchema, filter.search);
    if (!search.ok) throw new BadUserInputError(search.errors, 'filter.search');
    if (search.value) this.where(`o.search_text LIKE ${this.param(`%${escapeLike(search.value.toLowerCase())}%`)}`);
  }

  /** Adds a parameter; returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  get sql(): string {
    return this.conditions.join(' AND ');
  }
}

/** What a list query asks of each object: its fields, and whether it wants the total count. */
export interface ObjectListSelection {
  fields: ReadonlySet<string>;
  totalCount: boolean;
}

/** GraphQL field → column of infrastructure_object. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: 'id',
  arenaId: 'arena_id',
  name: 'name',
  kind: 'kind',
  description: 'description',
  geometry: 'geometry',
  modes: 'modes',
  responsibleBody: 'responsible_body',
  municipality: 'municipality',
  externalRefs: 'external_refs',
  status: 'status',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
/** Every column of an object named as its GraphQL field, for a RETURNING clause on `o`. */
export const OBJECT_RETURNING_SQL = Object.entries(COLUMN_OF_FIELD)
  .map(([field, column]) => `o.${column} AS "${field}"`)
  .join(', ');

/** The columns the bbox index carries (INCLUDE): a page of only these needs no heap access. */
const BBOX_INDEX_COLUMNS = new Set(['id', 'arena_id', 'name', 'kind', 'status']);

/**
 * One page of objects ordered by (name, id): the page is chosen on the indexed columns first, and
 * wide columns (geometry, description) are read for its rows only. With `withTotalCount` each row
 * also carries `total_count`, the number of objects that pass `conditions` (before the cursor),
 * counted in the same scan: one pass over the index instead of two. Adds its parameters to `conditions`.
 */
export function objectPageSql(conditions: ObjectConditions, cursor: unknown[] | null, limit: number, fields: ReadonlySet<string>, audience: Audience, withTotalCount = false): string {
  const wanted = new Set(['id', 'name', ...[...fields].filter((f) => f in COLUMN_OF_FIELD)]);
  // The bbox field is computed from the geometry; the reports' visibility depends on the arena.
  if (fields.has('bbox')) wanted.add('geometry');
  if (fields.has('reports')) wanted.add('arenaId');
  const columns = [...wanted].map((field) => COLUMN_OF_FIELD[field]);
  let after = '';
  if (cursor) {
    const [name, id] = cursor;
    if (typeof name !== 'string' || !isUuid(id)) throw badInput('after', 'invalidCursor');
    after = `(o.name, o.id) > (${conditions.param(name)}::varchar, ${conditions.param(id)}::uuid)`;
  }
  const order = `ORDER BY o.name, o.id LIMIT ${conditions.param(limit)}`;
  const page = (select: string) => {
    if (!withTotalCount) return `SELECT ${select} FROM infrastructure_object o WHERE ${[conditions.sql, after].filter(Boolean).join(' AND ')} ${order}`;
    // The window counts every row that passes the conditions; the cursor applies after it.
    const counted = `SELECT ${select}, count(*) OVER ()::int AS total_count FROM infrastructure_object o WHERE ${conditions.sql}`;
    return after ? `SELECT * FROM (${counted}) o WHERE ${after} ${order}` : `${counted} ${order}`;
  };
  const totalCountOf = (alias: string) => (withTotalCount ? `, ${alias}.total_count` : '');
  const select = [...wanted].map((field) => `o.${COLUMN_OF_FIELD[field]} AS "${field}"`).join(', ');
  const totals = TOTALS_FIELDS.some((f) => fields.has(f)) ? { columns: `, ${totalsColumnsSql(audience, fields)}`, join: 'LEFT JOIN object_totals t ON t.object_id = o.id' } : { columns: '', join: '' };
  if (columns.every((c) => BBOX_INDEX_COLUMNS.has(c))) {
    return `SELECT ${select}${totals.columns}${totalCountOf('o')} FROM (${page(columns.map((c) => `o.${c}`).join(', '))}) o ${totals.join} ORDER BY o.name, o.id`;
  }
  return `SELECT ${select}${totals.columns}${totalCountOf('page')} FROM (${page('o.id, o.name')}) page JOIN infrastructure_object o ON o.id = page.id ${totals.join} ORDER BY page.name, page.id`;
}

/**
 * A row of objectPageSql as the GraphQL object (its other columns are not in the schema), with the
 * impact of its totals put together (the counts come under their field names already). A fresh
 * object, not the row: node-postgres' rows each get a shape of their own once a property is
 * added, and reading 500 of them in GraphQL then costs three times as much (measured).
 */
export function objectFromRow(row: Record<string, unknown>): InfrastructureObject {
  return Object.assign({}, row, hasTotals(row) ? { totalImpact: impactOfRow(row) } : null) as unknown as InfrastructureObject;
}
