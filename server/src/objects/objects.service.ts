import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { boundingBox, nearbySearchSchema, validate, type Geometry } from '@flaskhals/shared';
import type { DataSource } from 'typeorm';
import { ArenasService } from '../arenas/arenas.service';
import { audienceOf, type Audience } from '../access/access';
import { PUBLISHED_OBJECT_SQL } from '../access/visibility';
import type { Actor } from '../auth/actor';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
import { distanceMeters, expandBox, toPgBox } from './geo-distance';
import { clusterCellDegrees, type ObjectClusterView } from './object-clusters';
import { InfrastructureObject } from './infrastructure-object.entity';
import type { ObjectFilter } from './object-filter.input';
import { ObjectConditions, objectFromRow, objectPageSql, type ObjectListSelection } from './object-query';
import { withTotals } from './object-totals';
import { isUuid } from '../common/graphql/ids';

export interface NearbyMatch {
  object: InfrastructureObject;
  distanceMeters: number;
  similarity: number;
}

const NEARBY_CANDIDATES = 200;

@Injectable()
export class ObjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly arenas: ArenasService,
  ) {}

  /**
   * The map's viewport query: GiST bbox overlap plus filters, keyset-paginated by name. It reads
   * only the columns the query asks for: the page and its total count then come from one
   * index-only scan of the bbox index, and totals precomputed from object_totals.
   */
  async list(actor: Actor, filter: ObjectFilter | null | undefined, first: number | null | undefined, after: string | null | undefined, wanted: ObjectListSelection): Promise<Connection<InfrastructureObject>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const { conditions, audience } = await this.conditions(actor, filter ?? {});
    const countParams = [...conditions.params];
    const pageSql = objectPageSql(conditions, cursor, size + 1, wanted.fields, audience, wanted.totalCount);
    const rows = await this.db.query<(Record<string, unknown> & { total_count?: number })[]>(pageSql, conditions.params);
    const totalCount = !wanted.totalCount ? -1 : (rows[0]?.total_count ?? (cursor ? await this.count(conditions.sql, countParams) : 0));
    const objects = rows.map(objectFromRow);
    return toConnection(objects, size, totalCount, (o) => [o.name, o.id]);
  }

  /** The objects that pass `conditions`, for a page past the last one (it has no row to carry the count). */
  private async count(conditionsSql: string, params: unknown[]): Promise<number> {
    const [{ n }] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM infrastructure_object o WHERE ${conditionsSql}`, params);
    return n;
  }

  private async conditions(actor: Actor, filter: ObjectFilter): Promise<{ conditions: ObjectConditions; audience: Audience }> {
    const arenaId = await this.arenas.resolveArenaId(filter.arenaId, 'filter.arenaId');
    // The members audience sees every object and the members' totals; the public audience the published ones and the public totals.
    const audience = audienceOf(actor, arenaId);
    return { conditions: new ObjectConditions(arenaId, audience, filter), audience };
  }

  /**
   * For the map at low zoom: when more than maxObjects pass the filter, group them on a grid
   * (by the centre of their bbox) in one indexed pass, so every object stays reachable by
   * zooming in while the browser draws a few hundred markers instead of 100,000.
   */
  async clusters(actor: Actor, filter: ObjectFilter, zoom: number, maxObjects: number): Promise<ObjectClusterView> {
    if (!Number.isInteger(zoom) || zoom < 0 || zoom > 22) throw badInput('zoom', 'tooLarge', { max: 22 });
    if (!filter.bbox) throw badInput('filter.bbox', 'required');
    const limit = pageSize(maxObjects, 'maxObjects');
    const { conditions } = await this.conditions(actor, filter);
    const [, minLat, , maxLat] = filter.bbox;
    const cell = clusterCellDegrees(zoom, (minLat + maxLat) / 2);
    const rows: { count: number; lng: number; lat: number; min_lng: number; min_lat: number; max_lng: number; max_lat: number }[] = await this.db.query(
      `SELECT count(*)::int AS count, avg((center(o.bbox))[0]) AS lng, avg((center(o.bbox))[1]) AS lat,
              min((o.bbox[1])[0]) AS min_lng, min((o.bbox[1])[1]) AS min_lat, max((o.bbox[0])[0]) AS max_lng, max((o.bbox[0])[1]) AS max_lat
         FROM infrastructure_object o WHERE ${conditions.sql}
        GROUP BY floor((center(o.bbox))[0] / ${conditions.param(cell.lng)}::float8), floor((center(o.bbox))[1] / ${conditions.param(cell.lat)}::float8)`,
      conditions.params,
    );
    const totalCount = rows.reduce((sum, r) => sum + r.count, 0);
    if (totalCount <= limit) return { totalCount, clustered: false, clusters: [] };
    return {
      totalCount,
      clustered: true,
      clusters: rows.map((r) => ({ count: r.count, center: [r.lng, r.lat], bbox: [r.min_lng, r.min_lat, r.max_lng, r.max_lat] })),
    };
  }

  /** An object the actor may see, or null: a guessed id reveals nothing. */
  async findById(actor: Actor, id: string): Promise<InfrastructureObject | null> {
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const query = this.db.getRepository(InfrastructureObject).createQueryBuilder('o').where('o.id = :id', { id });
    let object = await query.getOne();
    if (object && audienceOf(actor, object.arenaId) === 'public') object = await query.andWhere(PUBLISHED_OBJECT_SQL).getOne();
    return object ? (await withTotals(this.db, actor, [object]))[0] : null;
  }

  /**
   * Objects near what a user is about to report: candidates by bbox overlap (indexed), then
   * exact distance on the geometries, ranked by distance and name similarity together.
   */
  async nearby(actor: Actor, args: { arenaId?: string | null; geometry: unknown; radiusMeters?: number | null; text?: string | null; first?: number | null }): Promise<NearbyMatch[]> {
    const arenaId = await this.arenas.resolveArenaId(args.arenaId);
    const parsed = validate(nearbySearchSchema, { ...args, arenaId });
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { geometry, radiusMeters, text } = parsed.value;
    const size = Math.min(pageSize(args.first ?? 5), 50);
    const area = expandBox(boundingBox(geometry as Geometry), radiusMeters);
    const { entities, raw } = await this.db
      .getRepository(InfrastructureObject)
      .createQueryBuilder('o')
      .addSelect(text ? 'similarity(o.search_text, :text)' : '0', 'similarity')
      .where('o.arena_id = :arenaId AND o.bbox && :area::box', { arenaId, area: toPgBox(area), text: text?.toLowerCase() })
      .andWhere(audienceOf(actor, arenaId) === 'members' ? 'TRUE' : PUBLISHED_OBJECT_SQL)
      .limit(NEARBY_CANDIDATES)
      .getRawAndEntities<{ similarity: number }>();
    const matches = entities
      .map((object, i) => ({ object, similarity: Number(raw[i].similarity), distanceMeters: Math.round(distanceMeters(geometry as Geometry, object.geometry)) }))
      .filter((m) => m.distanceMeters <= radiusMeters)
      .sort((a, b) => a.distanceMeters / radiusMeters - a.similarity - (b.distanceMeters / radiusMeters - b.similarity))
      .slice(0, size);
    await withTotals(this.db, actor, matches.map((m) => m.object));
    return matches;
  }
}
