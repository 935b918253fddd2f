import type { Geometry } from '@flaskhals/shared';
import L from 'leaflet';

export interface GeometryLayerOptions {
  /** Style of lines and areas. */
  pathStyle: L.PathOptions;
  /** Style of points, drawn as circle markers (no icon images to load). */
  pointStyle: L.CircleMarkerOptions;
  renderer?: L.Renderer;
  interactive?: boolean;
}

const isPointType = (type: string | undefined) => type === 'Point' || type === 'MultiPoint';

/**
 * One GeoJSON geometry as a Leaflet layer. Leaflet's GeoJSON applies its `style` to every child,
 * circle markers included, so the style function tells points and paths apart itself.
 */
export function createGeometryLayer(geometry: Geometry, options: GeometryLayerOptions): L.GeoJSON {
  const interactive = options.interactive ?? true;
  return L.geoJSON(
    geometry as GeoJSON.Geometry,
    {
      renderer: options.renderer,
      interactive,
      style: (feature) => (isPointType(feature?.geometry?.type) ? options.pointStyle : options.pathStyle),
      pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { renderer: options.renderer, interactive, ...options.pointStyle }),
    } as L.GeoJSONOptions,
  );
}

/** Restyles a layer made by createGeometryLayer in place. */
export function restyleGeometryLayer(layer: L.GeoJSON, pathStyle: L.PathOptions, pointStyle: L.CircleMarkerOptions) {
  layer.eachLayer((child) => {
    if (child instanceof L.CircleMarker) child.setStyle(pointStyle);
    else if (child instanceof L.Path) child.setStyle(pathStyle);
  });
}
