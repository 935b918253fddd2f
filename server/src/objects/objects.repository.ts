import { randomUUID } from 'node:crypto';

import {
  ACTIVE_OBJECT_STATUSES,
  bboxSchema,
  type BoundingBox,
  boundingBox,
  type Geometry,
  type NetworkRef,
  networkRefLabel,
  type NewObjectInput,
  type ObjectKind,
  type ObjectStatus,
  type PlanningStage,
  searchSchema,
  type TransportMode,
  validate,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Audience, PUBLISHED_OBJECT_SQL } from '../access';
import { escapeLike, join, query, raw, type Sql, sql } from '../common/database/sql';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import type { NewObjectEvent } from '../history';
import { municipalityIndex, municipalityText } from '../municipalities';
import { toPgBox } from './geo-distance';
import type { InfrastructureObject } from './infrastructure-object.entity';
import type { ObjectFilter } from './object-filter.input';
import { type SortedPageInput, sortedPageStatement } from './object-sort';
import {
  categoriesShown,
  hasTotals,
  impactOfRow,
  type ObjectTotals,
  TOTALS_FIELDS,
  totalsColumns,
  totalsFromRow,
  type TotalsRow,
} from './object-totals';

/**
 * The objects' SQL, all of it here: the map's viewport list, count and clusters, the nearby search,
 * one object, and totals. The statements are built by the functions of `objectStatements` (their
 * texts are kept in src/queries/hot-statements.sql, checked by objects.repository.test.ts) and run
 * by ObjectsRepository.
 */

/**
 * Objects of the arena the audience may see (all for members, the published ones for the public)
 * that pass the filter. A category matches what the object shows that audience: its non-withdrawn
 * reports, only the public ones for the public.
 */
export function objectConditions(arenaId: string, audience: Audience, filter: ObjectFilter, { inView = false } = {}): Sql {
  const conditions = [sql`o.arena_id = ${arenaId}`];
  if (audience === 'public') conditions.push(raw(PUBLISHED_OBJECT_SQL));
  if (filter.bbox) {
    const bbox = validate(bboxSchema, filter.bbox);
    if (!bbox.ok) throw new BadUserInputError(bbox.errors, 'filter.bbox');
    const [minLng, minLat, maxLng, maxLat] = bbox.value;
    const view = toPgBox({ minLng, minLat, maxLng, maxLat });
    conditions.push(sql`o.bbox && ${view}::box`);
    // A list names what is in view: an object whose bbox only reaches in (a long diagonal line past
    // a corner) is tested on its geometry (geojson_intersects_box, migration 1766000010000). The
    // geometry is read by id in a sub-select, and only for objects not wholly inside the view, so
    // the scan itself stays on the bbox index's own columns (index-only, viewport-index.test.ts).
    if (inView)
      conditions.push(
        sql`(o.bbox <@ ${view}::box OR geojson_intersects_box((SELECT g.geometry FROM infrastructure_object g WHERE g.id = o.id), ${view}::box))`,
      );
  }
  if (filter.kinds?.length) conditions.push(sql`o.kind = ANY(${filter.kinds}::text[])`);
  if (filter.modes?.length) conditions.push(sql`o.modes && ${filter.modes}::varchar[]`);
  // Without a status filter the register shows its active objects (shared/src/workflow.ts).
  if (filter.statuses?.length) conditions.push(sql`o.status = ANY(${filter.statuses}::text[])`);
  else conditions.push(sql`o.status = ANY(${ACTIVE_OBJECT_STATUSES}::text[])`);
  if (filter.categories?.length) conditions.push(categoriesShown(audience, filter.categories));
  const search = validate(searchSchema, filter.search);
  if (!search.ok) throw new BadUserInputError(search.errors, 'filter.search');
  if (search.value) conditions.push(sql`o.search_text LIKE ${`%${escapeLike(search.value.toLowerCase())}%`}`);
  return join(conditions, ' AND ');
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
  municipalityCodes: 'municipality_codes',
  municipalityByHand: 'municipality_by_hand',
  externalRefs: 'external_refs',
  networkRefs: 'network_refs',
  planning: 'planning',
  status: 'status',
  planningStage: 'planning_stage',
  previousStatus: 'previous_status',
  duplicateOf: 'duplicate_of',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
/** Every column of an object named as its GraphQL field, for a select list or RETURNING clause on `o`. */
export const OBJECT_COLUMNS_SQL = Object.entries(COLUMN_OF_FIELD)
  .map(([field, column]) => `o.${column} AS "${field}"`)
  .join(', ');

/** The columns the bbox index carries (INCLUDE): a page of only these needs no heap access. */
const BBOX_INDEX_COLUMNS = new Set(['id', 'arena_id', 'name', 'kind', 'status']);

/** What a list query asks of each object: its fields, and whether it wants the total count. */
export interface ObjectListSelection {
  fields: ReadonlySet<string>;
  totalCount: boolean;
}

export interface ObjectPage {
  conditions: Sql;
  /** (name, id) of the last object of the previous page. */
  cursor: unknown[] | null;
  limit: number;
  fields: ReadonlySet<string>;
  audience: Audience;
  withTotalCount: boolean;
}

/** An object as inserted; bbox and search text are derived from it. */
export interface NewObjectRow {
  id: string;
  arenaId: string;
  name: string;
  kind: ObjectKind;
  description: string | null;
  geometry: unknown;
  modes: TransportMode[];
  responsibleBody: string | null;
  municipality: string | null;
  municipalityCodes: string[];
  externalRefs: string[];
  networkRefs: NetworkRef[];
  status: ObjectStatus;
  planningStage: PlanningStage;
}

/**
 * What the search text of an object is made of: name, municipalities, references and the labels of
 * its network references ("E18", "bandel 211"), lower-cased so LIKE and trigrams ignore case.
 */
export function searchTextOf(o: {
  name: string;
  municipality?: string | null;
  externalRefs?: string[];
  networkRefs?: NetworkRef[];
}): string {
  return [o.name, o.municipality ?? '', ...(o.externalRefs ?? []), ...(o.networkRefs ?? []).map(networkRefLabel)].join(' ').toLowerCase();
}

/** The object's fields a query needs read from its row, for the fields it asks for. */
function wantedFields(fields: ReadonlySet<string>): Set<string> {
  const wanted = new Set(['id', 'name', ...[...fields].filter((f) => f in COLUMN_OF_FIELD)]);
  // The bbox field is computed from the geometry; an object's other fields (its reports) may need its arena.
  if (fields.has('bbox')) wanted.add('geometry');
  if (fields.has('reports')) wanted.add('arenaId');
  // The facts feature resolves an object's municipalities from their codes.
  if (fields.has('municipalities')) wanted.add('municipalityCodes');
  if (fields.has('planning')) wanted.add('planningStage');
  return wanted;
}

/** The select list of a page's rows, `o.column AS "field"`, with the totals `t` when asked for. */
export function pageSelectList(fields: ReadonlySet<string>, audience: Audience): { select: Sql; asksTotals: boolean } {
  const columns = [...wantedFields(fields)].map((field) => `o.${COLUMN_OF_FIELD[field]} AS "${field}"`).join(', ');
  const asksTotals = TOTALS_FIELDS.some((f) => fields.has(f));
  return { select: asksTotals ? sql`${raw(columns)}, ${totalsColumns(audience, fields)}` : raw(columns), asksTotals };
}

const INSERT_OBJECT = raw(
  'INSERT INTO infrastructure_object AS o (id, arena_id, name, kind, description, geometry, bbox, modes, responsible_body, municipality, municipality_codes, external_refs, network_refs, status, planning_stage, search_text)',
);

/** One new object's row of VALUES, with its bbox and search text derived. */
function objectValues(o: NewObjectRow): Sql {
  return sql`(${o.id}, ${o.arenaId}, ${o.name}, ${o.kind}, ${o.description}, ${JSON.stringify(o.geometry)}::jsonb, ${toPgBox(boundingBox(o.geometry as Geometry))}::box,
              ${o.modes}::varchar[], ${o.responsibleBody}, ${o.municipality}, ${o.municipalityCodes}::varchar[], ${o.externalRefs}::varchar[], ${JSON.stringify(o.networkRefs)}::jsonb,
              ${o.status}, ${o.planningStage}, ${searchTextOf(o)})`;
}

/** The statements, as pure functions of their inputs. */
export const objectStatements = {
  /**
   * One page of objects ordered by (name, id): the page is chosen on the indexed columns first, and
   * wide columns (geometry, description) are read for its rows only. With `withTotalCount` each row
   * also carries `total_count`, the number of objects that pass the conditions (before the cursor),
   * counted in the same scan: one pass over the index instead of two.
   */
  page({ conditions, cursor, limit, fields, audience, withTotalCount }: ObjectPage): Sql {
    const wanted = wantedFields(fields);
    const columns = [...wanted].map((field) => COLUMN_OF_FIELD[field]);
    let after: Sql | null = null;
    if (cursor) {
      const [name, id] = cursor;
      if (typeof name !== 'string' || !isUuid(id)) throw badInput('after', 'invalidCursor');
      after = sql`(o.name, o.id) > (${name}::varchar, ${id}::uuid)`;
    }
    const order = sql`ORDER BY o.name, o.id LIMIT ${limit}`;
    const page = (select: Sql): Sql => {
      if (!withTotalCount)
        return sql`SELECT ${select} FROM infrastructure_object o WHERE ${after ? join([conditions, after], ' AND ') : conditions} ${order}`;
      // The window counts every row that passes the conditions; the cursor applies after it.
      const counted = sql`SELECT ${select}, count(*) OVER ()::int AS total_count FROM infrastructure_object o WHERE ${conditions}`;
      return after ? sql`SELECT * FROM (${counted}) o WHERE ${after} ${order}` : sql`${counted} ${order}`;
    };
    const totalCountOf = (alias: string) => raw(withTotalCount ? `, ${alias}.total_count` : '');
    const select = raw([...wanted].map((field) => `o.${COLUMN_OF_FIELD[field]} AS "${field}"`).join(', '));
    const asksTotals = TOTALS_FIELDS.some((f) => fields.has(f));
    const totals = asksTotals ? sql`, ${totalsColumns(audience, fields)}` : raw('');
    const totalsJoin = raw(asksTotals ? 'LEFT JOIN object_totals t ON t.object_id = o.id' : '');
    if (columns.every((c) => BBOX_INDEX_COLUMNS.has(c))) {
      return sql`SELECT ${select}${totals}${totalCountOf('o')} FROM (${page(raw(columns.map((c) => `o.${c}`).join(', ')))}) o ${totalsJoin} ORDER BY o.name, o.id`;
    }
    return sql`SELECT ${select}${totals}${totalCountOf('page')} FROM (${page(raw('o.id, o.name'))}) page JOIN infrastructure_object o ON o.id = page.id ${totalsJoin} ORDER BY page.name, page.id`;
  },

  count(conditions: Sql): Sql {
    return sql`SELECT count(*)::int AS n FROM infrastructure_object o WHERE ${conditions}`;
  },

  /** The objects that pass the conditions grouped on a grid of `cell` degrees, by the centre of their bbox. */
  clusters(conditions: Sql, cell: { lng: number; lat: number }): Sql {
    return sql`SELECT count(*)::int AS count, avg((center(o.bbox))[0]) AS lng, avg((center(o.bbox))[1]) AS lat,
              min((o.bbox[1])[0]) AS min_lng, min((o.bbox[1])[1]) AS min_lat, max((o.bbox[0])[0]) AS max_lng, max((o.bbox[0])[1]) AS max_lat
         FROM infrastructure_object o WHERE ${conditions}
        GROUP BY floor((center(o.bbox))[0] / ${cell.lng}::float8), floor((center(o.bbox))[1] / ${cell.lat}::float8)`;
  },

  /** Candidates near an area (bbox overlap, indexed) with the trigram similarity of their text to `text`. */
  nearby(arenaId: string, audience: Audience, area: BoundingBox, text: string | null, limit: number): Sql {
    const similarity = text ? sql`similarity(o.search_text, ${text})` : raw('0');
    const published = raw(audience === 'public' ? ` AND ${PUBLISHED_OBJECT_SQL}` : '');
    return sql`SELECT ${raw(OBJECT_COLUMNS_SQL)}, ${similarity}::float8 AS similarity FROM infrastructure_object o
      WHERE o.arena_id = ${arenaId} AND o.bbox && ${toPgBox(area)}::box AND o.status = ANY(${ACTIVE_OBJECT_STATUSES}::text[])${published} LIMIT ${limit}`;
  },

  /** One object, and whether it is published. */
  byId(id: string): Sql {
    return sql`SELECT ${raw(OBJECT_COLUMNS_SQL)}, ${raw(PUBLISHED_OBJECT_SQL)} AS published FROM infrastructure_object o WHERE o.id = ${id}`;
  },

  /** One audience's totals of the given objects, zeros for an object without reports. */
  totals(audience: Audience, ids: string[]): Sql {
    return sql`SELECT ids.id, ${totalsColumns(audience)} FROM unnest(${ids}::uuid[]) AS ids(id) LEFT JOIN object_totals t ON t.object_id = ids.id`;
  },

  /** A new object with its derived bbox and search text. */
  insert(o: NewObjectRow): Sql {
    return sql`${INSERT_OBJECT}
      VALUES ${objectValues(o)}
      RETURNING ${raw(OBJECT_COLUMNS_SQL)}`;
  },

  /** Many new objects in one statement (an import), as `insert` writes each; answers their ids. */
  insertMany(rows: NewObjectRow[]): Sql {
    return sql`${INSERT_OBJECT}
      VALUES ${join(rows.map(objectValues), ', ')}
      RETURNING o.id`;
  },

  /** Makes an object INACTIVE when no counting report is left on it; its status before is kept for restoring. */
  deactivateIfUnreported(id: string): Sql {
    return sql`UPDATE infrastructure_object o SET previous_status = o.status, status = 'INACTIVE', updated_at = now()
      WHERE o.id = ${id} AND o.status = ANY(${ACTIVE_OBJECT_STATUSES}::text[])
        AND NOT EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id AND r.withdrawn_at IS NULL)
      RETURNING o.previous_status AS "previousStatus"`;
  },

  /** An INACTIVE object back to the status it had (REPORTED when unknown). */
  restore(id: string): Sql {
    return sql`UPDATE infrastructure_object o SET status = coalesce(o.previous_status, 'REPORTED'), previous_status = NULL, updated_at = now()
      WHERE o.id = ${id} AND o.status = 'INACTIVE' RETURNING o.status`;
  },

  /** Marks an object of the arena changed (a report or support on it); no row when there is no such object. */
  touch(arenaId: string, id: string): Sql {
    return sql`UPDATE infrastructure_object o SET updated_at = now() WHERE o.id = ${id} AND o.arena_id = ${arenaId} RETURNING ${raw(OBJECT_COLUMNS_SQL)}`;
  },
};

/**
 * A row of the object statements as the GraphQL object (its other columns are not in the schema),
 * with the impact of its totals put together (the counts come under their field names already). A
 * fresh object, not the row: node-postgres' rows each get a shape of their own once a property is
 * added, and reading 500 of them in GraphQL then costs three times as much (measured).
 */
export function objectFromRow(row: Record<string, unknown>): InfrastructureObject {
  return Object.assign({}, row, hasTotals(row) ? { totalImpact: impactOfRow(row) } : null) as unknown as InfrastructureObject;
}

type NewObject = NewObjectInput & { status: ObjectStatus; planningStage?: PlanningStage };

/** The row of a new object: its municipalities are those its geometry touches; outside Sweden the reporter's text stays. */
function newObjectRow(arenaId: string, input: NewObject, id: string): NewObjectRow {
  const found = municipalityIndex.touching(input.geometry as Geometry);
  return {
    id,
    arenaId,
    name: input.name,
    kind: input.kind,
    description: input.description ?? null,
    geometry: input.geometry,
    modes: input.modes,
    responsibleBody: input.responsibleBody ?? null,
    municipality: municipalityText(found.map((m) => m.name)) ?? input.municipality ?? null,
    municipalityCodes: found.map((m) => m.code),
    externalRefs: input.externalRefs ?? [],
    networkRefs: [],
    status: input.status,
    planningStage: input.planningStage ?? 'NONE',
  };
}

/** Inserts a new object (a report's, or the demo seed's) in the writing transaction. */
export async function insertObject(
  tx: EntityManager,
  arenaId: string,
  input: NewObject,
  id: string = randomUUID(),
): Promise<InfrastructureObject> {
  const [row] = await query<Record<string, unknown>>(tx, objectStatements.insert(newObjectRow(arenaId, input, id)));
  return objectFromRow(row);
}

/** Objects at a time in one INSERT: 1,000 rows of 16 parameters stay well below PostgreSQL's 65,535. */
const INSERT_BATCH = 1000;

/**
 * Inserts many new objects (an import) in the writing transaction, as insertObject writes each,
 * a thousand to a statement: 10,000 objects one by one took ~15 s here, in batches about a second.
 * Answers their ids in the order given.
 */
export async function insertObjects(tx: EntityManager, arenaId: string, inputs: NewObject[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < inputs.length; i += INSERT_BATCH) {
    const rows = inputs.slice(i, i + INSERT_BATCH).map((input) => newObjectRow(arenaId, input, randomUUID()));
    await query(tx, objectStatements.insertMany(rows));
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

@Injectable()
export class ObjectsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(page: ObjectPage): Promise<(Record<string, unknown> & { total_count?: number })[]> {
    return query(this.db, objectStatements.page(page));
  }

  async sortedPage(page: SortedPageInput): Promise<(Record<string, unknown> & { sort_key: unknown[] })[]> {
    return query(this.db, sortedPageStatement(page));
  }

  async count(conditions: Sql): Promise<number> {
    const [{ n }] = await query<{ n: number }>(this.db, objectStatements.count(conditions));
    return n;
  }

  clusters(conditions: Sql, cell: { lng: number; lat: number }) {
    return query<{ count: number; lng: number; lat: number; min_lng: number; min_lat: number; max_lng: number; max_lat: number }>(
      this.db,
      objectStatements.clusters(conditions, cell),
    );
  }

  async nearby(
    arenaId: string,
    audience: Audience,
    area: BoundingBox,
    text: string | null,
    limit: number,
  ): Promise<{ object: InfrastructureObject; similarity: number }[]> {
    const rows = await query<Record<string, unknown> & { similarity: number }>(
      this.db,
      objectStatements.nearby(arenaId, audience, area, text, limit),
    );
    return rows.map(({ similarity, ...row }) => ({ object: objectFromRow(row), similarity }));
  }

  async byId(id: string, db: DataSource | EntityManager = this.db): Promise<{ object: InfrastructureObject; published: boolean } | null> {
    const [row] = await query<Record<string, unknown> & { published: boolean }>(db, objectStatements.byId(id));
    if (!row) return null;
    const { published, ...object } = row;
    return { object: objectFromRow(object), published };
  }

  /** Adds each object's totals for the audience `audienceOf` gives its arena: one query per audience (mostly one). */
  async withTotals<T extends { id: string; arenaId: string }>(
    objects: T[],
    audienceOf: (arenaId: string) => Audience,
    db: DataSource | EntityManager = this.db,
  ): Promise<(T & ObjectTotals)[]> {
    const byAudience = new Map<Audience, T[]>();
    for (const object of objects) {
      const audience = audienceOf(object.arenaId);
      byAudience.set(audience, [...(byAudience.get(audience) ?? []), object]);
    }
    for (const [audience, heard] of byAudience) {
      const rows = await query<TotalsRow & { id: string }>(
        db,
        objectStatements.totals(
          audience,
          heard.map((o) => o.id),
        ),
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const object of heard) Object.assign(object, totalsFromRow(byId.get(object.id)!));
    }
    return objects as (T & ObjectTotals)[];
  }

  /**
   * After reports left an object (a withdrawal, a move, an undone merge): INACTIVE when none counts
   * any more, with the history event that says so (none when it stays active).
   */
  async deactivateIfUnreported(tx: EntityManager, object: { arenaId: string; id: string }): Promise<NewObjectEvent[]> {
    const [row] = await query<{ previousStatus: ObjectStatus }>(tx, objectStatements.deactivateIfUnreported(object.id));
    if (!row) return [];
    return [
      { arenaId: object.arenaId, objectId: object.id, kind: 'DEACTIVATED', visibility: 'PUBLIC', data: { from: row.previousStatus } },
    ];
  }

  /** An INACTIVE object active again: the status it has now, or null when it was not INACTIVE. */
  async restore(tx: EntityManager, id: string): Promise<ObjectStatus | null> {
    const [row] = await query<{ status: ObjectStatus }>(tx, objectStatements.restore(id));
    return row?.status ?? null;
  }

  /** Marks an object of the arena changed in the writing transaction; null when the arena has no such object. */
  async touch(tx: EntityManager, arenaId: string, id: string): Promise<InfrastructureObject | null> {
    const [row] = await query<Record<string, unknown>>(tx, objectStatements.touch(arenaId, id));
    return row ? objectFromRow(row) : null;
  }
}
