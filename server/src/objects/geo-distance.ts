import { type BoundingBox, type Geometry, type Position, positionsOf } from '@flaskhals/shared';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { lineString, point, polygon } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';

const MAX_SAMPLED_POSITIONS = 200;
const METERS_PER_DEGREE_LAT = 111_320;

/** Distance in metres between two geometries, exact enough to rank duplicate suggestions. */
export function distanceMeters(a: Geometry, b: Geometry): number {
  return Math.min(fromPositions(sample(positionsOf(a)), b), fromPositions(sample(positionsOf(b)), a));
}

function fromPositions(positions: Position[], geometry: Geometry): number {
  let best = Infinity;
  for (const p of positions) {
    best = Math.min(best, pointToGeometry(p, geometry));
    if (best === 0) break;
  }
  return best;
}

function pointToGeometry(p: Position, geometry: Geometry): number {
  const here = point(p);
  const c = geometry.coordinates as never;
  switch (geometry.type) {
    case 'Point':
      return distance(here, point(c), { units: 'meters' });
    case 'MultiPoint':
      return Math.min(...(c as Position[]).map((q) => distance(here, point(q), { units: 'meters' })));
    case 'LineString':
      return pointToLineDistance(here, lineString(c), { units: 'meters' });
    case 'MultiLineString':
      return Math.min(...(c as Position[][]).map((line) => pointToLineDistance(here, lineString(line), { units: 'meters' })));
    case 'Polygon':
      return toPolygon(here, c);
    case 'MultiPolygon':
      return Math.min(...(c as Position[][][]).map((rings) => toPolygon(here, rings)));
  }
}

function toPolygon(here: ReturnType<typeof point>, rings: Position[][]): number {
  if (booleanPointInPolygon(here, polygon(rings))) return 0;
  return Math.min(...rings.map((ring) => pointToLineDistance(here, lineString(ring), { units: 'meters' })));
}

function sample(positions: Position[]): Position[] {
  if (positions.length <= MAX_SAMPLED_POSITIONS) return positions;
  const step = positions.length / MAX_SAMPLED_POSITIONS;
  return Array.from({ length: MAX_SAMPLED_POSITIONS }, (_, i) => positions[Math.floor(i * step)]);
}

/** Grows a bbox by a distance in metres (longitude degrees shrink towards the pole). */
export function expandBox(box: BoundingBox, meters: number): BoundingBox {
  const dLat = meters / METERS_PER_DEGREE_LAT;
  const maxAbsLat = Math.min(89, Math.max(Math.abs(box.minLat), Math.abs(box.maxLat)) + dLat);
  const dLng = meters / (METERS_PER_DEGREE_LAT * Math.cos((maxAbsLat * Math.PI) / 180));
  return {
    minLng: Math.max(-180, box.minLng - dLng),
    minLat: Math.max(-90, box.minLat - dLat),
    maxLng: Math.min(180, box.maxLng + dLng),
    maxLat: Math.min(90, box.maxLat + dLat),
  };
}

/** PostgreSQL box literal for a bbox. */
export function toPgBox(box: BoundingBox): string {
  return `((${box.minLng},${box.minLat}),(${box.maxLng},${box.maxLat}))`;
}
