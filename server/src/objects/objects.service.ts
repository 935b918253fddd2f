import { boundingBox, type Geometry, nearbySearchSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';

import { type Audience, audienceOf } from '../access';
import { type Actor } from '../access';
import { ArenasService } from '../arenas';
import type { Sql } from '../common/database/sql';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { distanceMeters, expandBox } from './geo-distance';
import { InfrastructureObject } from './infrastructure-object.entity';
import { clusterCellDegrees, type ObjectClusterView } from './object-clusters';
import type { ObjectFilter } from './object-filter.input';
import { decodeSortCursor, DEFAULT_OBJECT_SORT, type ObjectSort, sortKeys } from './object-sort';
import type { ObjectTotals } from './object-totals';
import { objectConditions, objectFromRow, type ObjectListSelection, ObjectsRepository, pageSelectList } from './objects.repository';

export interface NearbyMatch {
  object: InfrastructureObject;
  distanceMeters: number;
  similarity: number;
}

const NEARBY_CANDIDATES = 200;

/**
 * The score of the arena's objects for an audience as SQL over an object `o` and its totals `t`.
 * scoring/ owns the formula and imports objects/, so it hands this in (useScoreKey) rather than
 * objects/ importing it back.
 */
export type ScoreKeySource = (arenaId: string, audience: Audience) => Promise<Sql>;

@Injectable()
export class ObjectsService {
  private scoreKey: ScoreKeySource | null = null;

  constructor(
    private readonly objects: ObjectsRepository,
    private readonly arenas: ArenasService,
  ) {}

  /** Called once by scoring/: the register may then sort by score. */
  useScoreKey(source: ScoreKeySource): void {
    this.scoreKey = source;
  }

  /**
   * The map's viewport list and the register's table: GiST bbox overlap (then the geometry itself
   * for objects reaching over the view's edge) plus filters, keyset-paginated in the asked order
   * (by name unless told). It reads only the columns the query asks for: the map's page by name and
   * its total count then come from one index-only scan of the bbox index, and totals precomputed
   * from object_totals; any other order goes through sortedPageStatement (object-sort.ts).
   */
  async list(
    actor: Actor,
    filter: ObjectFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    wanted: ObjectListSelection,
    sort: ObjectSort | null = null,
  ): Promise<Connection<InfrastructureObject>> {
    const { conditions, audience, arenaId } = await this.conditions(actor, filter ?? {}, { inView: true });
    const size = pageSize(first);
    const order = sort ?? DEFAULT_OBJECT_SORT;
    if (order.field === 'NAME' && order.direction === 'ASC') {
      const cursor = decodeCursor(after, 2);
      const rows = await this.objects.page({
        conditions,
        cursor,
        limit: size + 1,
        fields: wanted.fields,
        audience,
        withTotalCount: wanted.totalCount,
      });
      // A page past the last one has no row to carry the count.
      const totalCount = !wanted.totalCount ? -1 : (rows[0]?.total_count ?? (cursor ? await this.objects.count(conditions) : 0));
      return toConnection(rows.map(objectFromRow), size, totalCount, (o) => [o.name, o.id]);
    }
    if (order.field === 'SCORE' && !this.scoreKey) throw badInput('sort.field', 'invalid');
    const score = order.field === 'SCORE' ? await this.scoreKey!(arenaId, audience) : undefined;
    const cursor = decodeSortCursor(after, sortKeys(order, audience, score));
    const select = pageSelectList(wanted.fields, audience);
    const [rows, totalCount] = await Promise.all([
      this.objects.sortedPage({ conditions, sort: order, audience, cursor, limit: size + 1, score, ...select }),
      wanted.totalCount ? this.objects.count(conditions) : -1,
    ]);
    const keys = new WeakMap<object, unknown[]>();
    const objects = rows.map(({ sort_key, ...row }) => {
      const object = objectFromRow(row);
      keys.set(object, sort_key);
      return object;
    });
    return toConnection(objects, size, totalCount, (o) => keys.get(o)!);
  }

  /** The arena's objects the actor's audience sees that pass the filter (`inView`: by geometry, not only bbox). */
  private async conditions(
    actor: Actor,
    filter: ObjectFilter,
    options: { inView?: boolean } = {},
  ): Promise<{ conditions: Sql; audience: Audience; arenaId: string }> {
    const arenaId = await this.arenas.resolveArenaId(filter.arenaId, 'filter.arenaId');
    const audience = audienceOf(actor, arenaId);
    return { conditions: objectConditions(arenaId, audience, filter, options), audience, arenaId };
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
    const rows = await this.objects.clusters(conditions, clusterCellDegrees(zoom, (minLat + maxLat) / 2));
    const totalCount = rows.reduce((sum, r) => sum + r.count, 0);
    if (totalCount <= limit) return { totalCount, clustered: false, clusters: [] };
    return {
      totalCount,
      clustered: true,
      clusters: rows.map((r) => ({ count: r.count, center: [r.lng, r.lat], bbox: [r.min_lng, r.min_lat, r.max_lng, r.max_lat] })),
    };
  }

  /**
   * One object with its totals as the actor sees it, or null when the actor may not see it (a
   * guessed id reveals nothing). For the object query and for anything that re-reads one object
   * for one actor (a live event).
   */
  async findById(actor: Actor, id: string): Promise<(InfrastructureObject & ObjectTotals) | null> {
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const found = await this.objects.byId(id);
    if (!found || (audienceOf(actor, found.object.arenaId) === 'public' && !(await this.publishedOrMergedIntoPublished(found))))
      return null;
    return (await this.withTotals(actor, [found.object]))[0];
  }

  /** An object the actor may see, named by a field of their input; anything else is that field's "not found". */
  async requireVisible(actor: Actor, id: string, field = 'objectId'): Promise<InfrastructureObject & ObjectTotals> {
    if (!isUuid(id)) throw badInput(field, 'invalidId');
    const object = await this.findById(actor, id);
    if (!object) throw badInput(field, 'notFound');
    return object;
  }

  /**
   * A duplicate's public reports moved to the object it was merged into: its old public links keep
   * working (they open the kept object) as long as the kept object is published.
   */
  private async publishedOrMergedIntoPublished(found: { object: InfrastructureObject; published: boolean }): Promise<boolean> {
    if (found.published) return true;
    if (found.object.status !== 'DUPLICATE' || !found.object.duplicateOf) return false;
    return (await this.objects.byId(found.object.duplicateOf))?.published ?? false;
  }

  /** Adds to objects read elsewhere the totals the actor's audience sees of them. */
  withTotals<T extends { id: string; arenaId: string }>(actor: Actor, objects: T[]): Promise<(T & ObjectTotals)[]> {
    return this.objects.withTotals(objects, (arenaId) => audienceOf(actor, arenaId));
  }

  /**
   * Objects near what a user is about to report: candidates by bbox overlap (indexed), then
   * exact distance on the geometries, ranked by distance and name similarity together.
   */
  async nearby(
    actor: Actor,
    args: { arenaId?: string | null; geometry: unknown; radiusMeters?: number | null; text?: string | null; first?: number | null },
  ): Promise<NearbyMatch[]> {
    const arenaId = await this.arenas.resolveArenaId(args.arenaId);
    const audience = audienceOf(actor, arenaId);
    const parsed = validate(nearbySearchSchema, { ...args, arenaId });
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { geometry, radiusMeters, text } = parsed.value;
    const size = Math.min(pageSize(args.first ?? 5), 50);
    const area = expandBox(boundingBox(geometry as Geometry), radiusMeters);
    const candidates = await this.objects.nearby(arenaId, audience, area, text ? text.toLowerCase() : null, NEARBY_CANDIDATES);
    const matches = candidates
      .map(({ object, similarity }) => ({
        object,
        similarity: Number(similarity),
        distanceMeters: Math.round(distanceMeters(geometry as Geometry, object.geometry)),
      }))
      .filter((m) => m.distanceMeters <= radiusMeters)
      .sort((a, b) => a.distanceMeters / radiusMeters - a.similarity - (b.distanceMeters / radiusMeters - b.similarity))
      .slice(0, size);
    await this.withTotals(
      actor,
      matches.map((m) => m.object),
    );
    return matches;
  }
}
