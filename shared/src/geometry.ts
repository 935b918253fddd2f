import { z } from 'zod';

import type { GeometryType } from './enums';

/** Upper bound on vertices in one geometry: a detailed rail line fits, an abuse does not. */
export const MAX_GEOMETRY_VERTICES = 10_000;

export type Position = [number, number];
export interface Geometry {
  type: GeometryType;
  coordinates: unknown;
}
export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

const longitude = z.number().min(-180, { error: 'longitudeOutOfRange' }).max(180, { error: 'longitudeOutOfRange' });
const latitude = z.number().min(-90, { error: 'latitudeOutOfRange' }).max(90, { error: 'latitudeOutOfRange' });

/** GeoJSON allows an optional altitude; we keep only longitude and latitude. */
const position = z
  .array(z.number())
  .min(2, { error: 'positionTooShort' })
  .max(3, { error: 'positionTooLong' })
  .check((ctx) => {
    const [lng, lat] = ctx.value;
    if (!longitude.safeParse(lng).success) ctx.issues.push({ code: 'custom', message: 'longitudeOutOfRange', input: lng, path: [0] });
    if (!latitude.safeParse(lat).success) ctx.issues.push({ code: 'custom', message: 'latitudeOutOfRange', input: lat, path: [1] });
  });

const lineCoordinates = z.array(position).min(2, { error: 'lineTooShort' });

const samePosition = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1];

const ring = z
  .array(position)
  .min(4, { error: 'ringTooShort' })
  .refine((r) => r.length < 4 || samePosition(r[0], r[r.length - 1]), { error: 'ringNotClosed' });

const polygonCoordinates = z.array(ring).min(1, { error: 'polygonEmpty' });

const geometryShapes = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('LineString'), coordinates: lineCoordinates }),
    z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
    z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1, { error: 'geometryEmpty' }) }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(lineCoordinates).min(1, { error: 'geometryEmpty' }) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).min(1, { error: 'geometryEmpty' }) }),
  ],
  { error: 'geometryTypeNotAllowed' },
);

/** Counts positions without trusting the shape, so a huge input is rejected before parsing it deeply. */
export function countVertices(coordinates: unknown, depthLeft = 4): number {
  if (!Array.isArray(coordinates)) return 0;
  if (coordinates.length > 0 && typeof coordinates[0] === 'number') return 1;
  if (depthLeft === 0) return 0;
  let total = 0;
  for (const child of coordinates) {
    total += countVertices(child, depthLeft - 1);
    if (total > MAX_GEOMETRY_VERTICES) return total;
  }
  return total;
}

/** A GeoJSON geometry of an allowed type, in WGS84, with closed rings and a bounded size. */
export const geometrySchema = z
  .unknown()
  .check((ctx) => {
    const value = ctx.value as { coordinates?: unknown } | null;
    if (value && typeof value === 'object' && countVertices(value.coordinates) > MAX_GEOMETRY_VERTICES) {
      ctx.issues.push({ code: 'custom', message: 'tooManyVertices', input: ctx.value, params: { max: MAX_GEOMETRY_VERTICES } });
      ctx.aborted = true;
    }
  })
  .pipe(geometryShapes)
  .transform((g) => stripAltitude(g as Geometry));

function stripAltitude(geometry: Geometry): Geometry {
  const strip = (c: unknown): unknown => (Array.isArray(c) && typeof c[0] === 'number' ? [c[0], c[1]] : (c as unknown[]).map(strip));
  return { type: geometry.type, coordinates: strip(geometry.coordinates) };
}

export function positionsOf(geometry: Geometry): Position[] {
  const out: Position[] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0], c[1] as number]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  return out;
}

export function boundingBox(geometry: Geometry): BoundingBox {
  const box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const [lng, lat] of positionsOf(geometry)) {
    box.minLng = Math.min(box.minLng, lng);
    box.minLat = Math.min(box.minLat, lat);
    box.maxLng = Math.max(box.maxLng, lng);
    box.maxLat = Math.max(box.maxLat, lat);
  }
  return box;
}

/** A bbox filter as the API takes it: [minLng, minLat, maxLng, maxLat]. */
export const bboxSchema = z
  .array(z.number())
  .length(4, { error: 'bboxLength' })
  .refine(([minLng, minLat, maxLng, maxLat]) => minLng <= maxLng && minLat <= maxLat, { error: 'bboxOrder' })
  .refine(
    ([minLng, minLat, maxLng, maxLat]) =>
      [minLng, maxLng].every((v) => v >= -180 && v <= 180) && [minLat, maxLat].every((v) => v >= -90 && v <= 90),
    {
      error: 'bboxOutOfRange',
    },
  );
