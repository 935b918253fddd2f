import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { boundingBox, bboxSchema, nearbySearchSchema, searchSchema, validate, type Geometry } from '@flaskhals/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ArenasService } from '../arenas/arenas.service';
import { readScope, type Actor } from '../auth/actor';
import { PUBLISHED_OBJECT_SQL } from '../reports/report-visibility';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
import { escapeLike } from '../common/database/sql';
import { distanceMeters, expandBox, toPgBox } from './geo-distance';
import { clusterCellDegrees, type ObjectClusterView } from './object-clusters';
import { InfrastructureObject } from './infrastructure-object.entity';
import type { ObjectFilter } from './object-filter.input';
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

  /** The map's viewport query: GiST bbox overlap plus filters, keyset-paginated by name. */
  async list(actor: Actor, filter: ObjectFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<InfrastructureObject>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const query = await this.filtered(actor, filter ?? {});
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: cursor[0], afterId: cursor[1] });
    const rows = await query.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(size + 1).getMany();
    return toConnection(rows, size, totalCount, (o) => [o.name, o.id]);
  }

  /** Objects of the arena the actor may see: all for its members, the published ones for everybody else. */
  private async filtered(actor: Actor, filter: ObjectFilter): Promise<SelectQueryBuilder<InfrastructureObject>> {
    const arenaId = await this.arenas.resolveArenaId(filter.arenaId, 'filter.arenaId');
    const query = this.db.getRepository(InfrastructureObject).createQueryBuilder('o').where('o.arena_id = :arenaId', { arenaId });
    if (!readScope(actor, arenaId).members) query.andWhere(PUBLISHED_OBJECT_SQL);
    if (filter.bbox) {
      const bbox = validate(bboxSchema, filter.bbox);
      if (!bbox.ok) throw new BadUserInputError(bbox.errors, 'filter.bbox');
      const [minLng, minLat, maxLng, maxLat] = bbox.value;
      query.andWhere('o.bbox && :bbox::box', { bbox: toPgBox({ minLng, minLat, maxLng, maxLat }) });
    }
    if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.modes?.length) query.andWhere('o.modes && :modes::varchar[]', { modes: filter.modes });
    if (filter.statuses?.length) query.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.categories?.length) {
      query.andWhere('EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id AND r.category IN (:...categories))', { categories: filter.categories });
    }
    const search = validate(searchSchema, filter.search);
    if (!search.ok) throw new BadUserInputError(search.errors, 'filter.search');
    if (search.value) {
      query.andWhere('o.search_text LIKE :search', { search: `%${escapeLike(search.value.toLowerCase())}%` });
    }
    return query;
  }

  /**
   * For the map at low zoom: when more than maxObjects pass the filter, group them on a grid
   * (by the centre of their bbox) in the same indexed query, so every object stays reachable by
   * zooming in while the browser draws a few hundred markers instead of 100,000.
   */
  async clusters(actor: Actor, filter: ObjectFilter, zoom: number, maxObjects: number): Promise<ObjectClusterView> {
    if (!Number.isInteger(zoom) || zoom < 0 || zoom > 22) throw badInput('zoom', 'tooLarge', { max: 22 });
    if (!filter.bbox) throw badInput('filter.bbox', 'required');
    const query = await this.filtered(actor, filter);
    const totalCount = await query.getCount();
    if (totalCount <= pageSize(maxObjects, 'maxObjects')) return { totalCount, clustered: false, clusters: [] };
    const [, minLat, , maxLat] = filter.bbox;
    const cell = clusterCellDegrees(zoom, (minLat + maxLat) / 2);
    const rows: { count: number; lng: number; lat: number; min_lng: number; min_lat: number; max_lng: number; max_lat: number }[] = await query
      .select('count(*)::int', 'count')
      .addSelect('avg((center(o.bbox))[0])', 'lng')
      .addSelect('avg((center(o.bbox))[1])', 'lat')
      .addSelect('min((o.bbox[1])[0])', 'min_lng')
      .addSelect('min((o.bbox[1])[1])', 'min_lat')
      .addSelect('max((o.bbox[0])[0])', 'max_lng')
      .addSelect('max((o.bbox[0])[1])', 'max_lat')
      .groupBy('floor((center(o.bbox))[0] / :cellLng)')
      .addGroupBy('floor((center(o.bbox))[1] / :cellLat)')
      .setParameters({ cellLng: cell.lng, cellLat: cell.lat })
      .getRawMany();
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
    const object = await query.getOne();
    if (!object || readScope(actor, object.arenaId).members) return object;
    return (await query.andWhere(PUBLISHED_OBJECT_SQL).getOne()) ?? null;
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
      .andWhere(readScope(actor, arenaId).members ? 'TRUE' : PUBLISHED_OBJECT_SQL)
      .limit(NEARBY_CANDIDATES)
      .getRawAndEntities<{ similarity: number }>();
    return entities
      .map((object, i) => ({ object, similarity: Number(raw[i].similarity), distanceMeters: Math.round(distanceMeters(geometry as Geometry, object.geometry)) }))
      .filter((m) => m.distanceMeters <= radiusMeters)
      .sort((a, b) => a.distanceMeters / radiusMeters - a.similarity - (b.distanceMeters / radiusMeters - b.similarity))
      .slice(0, size);
  }
}
