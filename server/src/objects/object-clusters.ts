import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Objects grouped in one grid cell of the map at a zoom level' })
export class ObjectCluster {
  @Field(() => Int)
  count: number;

  @Field(() => [Float], { description: 'Mean centre of the objects: [lng, lat]' })
  center: number[];

  @Field(() => [Float], { description: 'Bounding box of the objects: [minLng, minLat, maxLng, maxLat]; zoom to it to see them' })
  bbox: number[];
}

@ObjectType({ description: 'What the map shows at once: the objects themselves, or clusters when there are too many' })
export class ObjectClusterView {
  @Field(() => Int, { description: 'Objects in view that pass the filter' })
  totalCount: number;

  @Field({ description: 'True when totalCount exceeds maxObjects: draw the clusters instead of the objects' })
  clustered: boolean;

  @Field(() => [ObjectCluster], { description: 'Empty unless clustered' })
  clusters: ObjectCluster[];
}

/** Tile pixels per cluster cell edge: about the size of a cluster marker on screen. */
const CELL_PIXELS = 64;

/** Latitudes whose cells are the same height: within a band a vertical pan keeps the same grid. */
const LATITUDE_BAND = 5;

/**
 * Grid cell size in degrees at a zoom level (256-pixel Web Mercator tiles); latitude cells shrink
 * with cos(latitude) so cells are about square on screen. The latitude is taken to the nearest
 * 5°: the grid then stays the same while the user pans north or south within the band, so the
 * clusters (and the markers the map keeps for them) stay too; cells are at most ~10 % off square up to 70° N.
 */
export function clusterCellDegrees(zoom: number, latitude: number): { lng: number; lat: number } {
  const lng = (360 / 2 ** zoom) * (CELL_PIXELS / 256);
  const band = Math.round(latitude / LATITUDE_BAND) * LATITUDE_BAND;
  return { lng, lat: lng * Math.cos((band * Math.PI) / 180) };
}
