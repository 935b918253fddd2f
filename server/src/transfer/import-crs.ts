import { type Crs, crsOfName, crsOfPositions, type CrsSource } from '@flaskhals/shared';
import proj4 from 'proj4';

import { badInput } from '../common/graphql/errors';

/** SWEREF 99 TM, Sweden's national grid (EPSG:3006): x is the easting, y the northing, in metres. */
const SWEREF99TM = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const toWgs84 = proj4(SWEREF99TM, 'WGS84');

/** Seven decimals of a degree is about a centimetre: what a reprojected position keeps. */
const DECIMALS = 1e7;

/** Every position of a GeoJSON geometry's coordinates (any nesting); non-numbers are left to validation. */
function* positionsIn(coordinates: unknown): Generator<number[]> {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    yield coordinates as number[];
    return;
  }
  for (const inner of coordinates) yield* positionsIn(inner);
}

function* positionsOfGeometries(geometries: Iterable<unknown>): Generator<number[]> {
  for (const geometry of geometries) yield* positionsIn((geometry as { coordinates?: unknown } | null)?.coordinates);
}

/**
 * The file's coordinate system: as the user stated it, else as its legacy `crs` member names it,
 * else from the ranges of all its positions (SWEREF 99 TM when every one lies in Sweden's grid).
 * Neither: the user must say, a bad input on `crs`.
 */
export function decideCrs(stated: Crs | null, crsName: string | null, geometries: unknown[]): { crs: Crs; source: CrsSource } {
  if (stated) return { crs: stated, source: 'stated' };
  const named = crsOfName(crsName);
  if (named) return { crs: named, source: 'crsMember' };
  const ranged = crsOfPositions(positionsOfGeometries(geometries));
  if (!ranged) throw badInput('crs', 'crsUnknown');
  return { crs: ranged, source: 'ranges' };
}

function reprojectCoordinates(coordinates: unknown): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    const [lng, lat] = toWgs84.forward([coordinates[0], coordinates[1]]);
    return [Math.round(lng * DECIMALS) / DECIMALS, Math.round(lat * DECIMALS) / DECIMALS];
  }
  return coordinates.map(reprojectCoordinates);
}

/** A geometry in WGS84 longitude/latitude: SWEREF 99 TM positions reprojected with proj4, WGS84 ones as they are. */
export function toWgs84Geometry(geometry: unknown, crs: Crs): unknown {
  if (crs === 'EPSG:4326' || !geometry || typeof geometry !== 'object') return geometry;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  return { type: g.type, coordinates: reprojectCoordinates(g.coordinates) };
}
