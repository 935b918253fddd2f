import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Makes each ring and line continuous across the antimeridian: where two consecutive points jump
 * by more than 180° of longitude, the rest is shifted by 360°. world-atlas cuts Russia (and Fiji)
 * at ±180°, and Leaflet, which does not wrap, would otherwise draw the jump as an edge straight
 * across the world, filling the Arctic with land at low zoom.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((point, i) => {
    if (i > 0) {
      const jump = point[0] - ring[i - 1][0];
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    return shift === 0 ? point : [point[0] + shift, ...point.slice(1)];
  });
}

function unwrapGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'LineString':
      return { ...geometry, coordinates: unwrapRing(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) } as Geometry;
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(unwrapGeometry) };
    default:
      return geometry;
  }
}

export function unwrapLongitudes<T extends Feature | FeatureCollection>(data: T): T {
  if (data.type === 'FeatureCollection') return { ...data, features: data.features.map((f) => unwrapLongitudes(f)) };
  return data.geometry ? { ...data, geometry: unwrapGeometry(data.geometry) } : data;
}
