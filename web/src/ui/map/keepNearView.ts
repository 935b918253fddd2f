import type L from 'leaflet';

/** A layer with an extent: a polygon, a line, a GeoJSON feature. */
export type BoundedLayer = L.Layer & { getBounds(): L.LatLngBounds };

/**
 * Keeps in `group` only those `layers` whose bounds come near the map's view: within `margin`
 * view sizes around it (1 = the view and one view's width and height on every side), updated
 * after each move. Leaflet re-projects every path of a renderer at the end of each zoom, seen or
 * not: for the world's country outlines (100,000 vertices) that was 30-60 ms per zoom step,
 * a frozen frame; near Sweden about a tenth of them is needed. Returns a function that stops it.
 */
export function keepNearView(map: L.Map, group: L.LayerGroup, layers: readonly BoundedLayer[], margin = 1): () => void {
  const bounds = layers.map((layer) => layer.getBounds());
  const update = () => {
    if (!map.hasLayer(group)) return;
    const near = map.getBounds().pad(margin);
    layers.forEach((layer, i) => {
      const wanted = near.intersects(bounds[i]);
      const shown = group.hasLayer(layer);
      if (wanted && !shown) group.addLayer(layer);
      else if (!wanted && shown) group.removeLayer(layer);
    });
  };
  map.on('moveend', update);
  // The group may be added later (another base layer chosen first) or again.
  group.on('add', update);
  update();
  return () => {
    map.off('moveend', update);
    group.off('add', update);
  };
}
