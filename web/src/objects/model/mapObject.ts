import { type Geometry, GEOMETRY_TYPES, type ObjectKind, type ObjectStatus, type TransportMode } from '@flaskhals/shared';

import type { ObjectsInViewQuery } from '../../gql/graphql';

/** An object as the map and the list see it: plain data, no Leaflet. */
export interface MapObject {
  id: string;
  name: string;
  kind: ObjectKind;
  status: ObjectStatus;
  geometry: Geometry;
  bbox: number[];
  modes: TransportMode[];
  municipality: string | null;
  organizationCount: number;
  reportCount: number;
}

export interface ObjectsInView {
  objects: MapObject[];
  totalCount: number;
}

export function isGeometry(value: unknown): value is Geometry {
  return (
    typeof value === 'object' &&
    value !== null &&
    (GEOMETRY_TYPES as readonly string[]).includes((value as { type?: string }).type ?? '') &&
    Array.isArray((value as { coordinates?: unknown }).coordinates)
  );
}

/** Turns the API's connection into map objects, dropping any whose geometry cannot be drawn. */
export function toObjectsInView(data: ObjectsInViewQuery | undefined): ObjectsInView | undefined {
  if (!data) return undefined;
  const objects: MapObject[] = [];
  for (const { node } of data.objects.edges) {
    if (!isGeometry(node.geometry)) continue;
    objects.push({
      id: node.id,
      name: node.name,
      kind: node.kind,
      status: node.status,
      geometry: node.geometry,
      bbox: node.bbox,
      modes: node.modes,
      municipality: node.municipality,
      organizationCount: node.organizationCount,
      reportCount: node.reportCount,
    });
  }
  return { objects, totalCount: data.objects.totalCount };
}

/** Whether a geometry is drawn as a marker (points) or as a vector path (lines, areas). */
export function isPointGeometry(geometry: Geometry): boolean {
  return geometry.type === 'Point' || geometry.type === 'MultiPoint';
}

/** Objects grouped in one grid cell by the server, drawn as one marker with their count. */
export interface ObjectCluster {
  count: number;
  /** [lng, lat] */
  center: number[];
  /** [minLng, minLat, maxLng, maxLat] */
  bbox: number[];
}
