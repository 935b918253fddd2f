import { useLeafletContext } from '@react-leaflet/core';
import L from 'leaflet';
import { useEffect } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { type BoundedLayer, keepNearView } from './keepNearView';
import { unwrapLongitudes } from './unwrapLongitudes';

export const OUTLINE_PANE = 'base-outlines';

interface OfflineOutlineLayerProps {
  /** URL of world-atlas' countries TopoJSON, served as a static asset (not bundled into the JS). */
  url: string;
}

/**
 * A base map that needs no internet: country outlines from the world-atlas package, drawn on a
 * canvas (thousands of vertices are cheaper there than as SVG paths) in a pane below the objects.
 */
export function OfflineOutlineLayer({ url }: OfflineOutlineLayerProps) {
  const context = useLeafletContext();

  useEffect(() => {
    const { map } = context;
    if (!map.getPane(OUTLINE_PANE)) {
      const pane = map.createPane(OUTLINE_PANE);
      pane.style.zIndex = '150';
      pane.style.pointerEvents = 'none';
    }
    // The outlines are made once; only those near the view are on the map (see keepNearView).
    const outlines = L.geoJSON(undefined, {
      pane: OUTLINE_PANE,
      interactive: false,
      renderer: L.canvas({ pane: OUTLINE_PANE, padding: 0.5 }),
      style: { color: '#9aa5ad', weight: 0.8, fillColor: '#f5f3ee', fillOpacity: 1 },
      // GeoJSON passes its options on to the paths it creates, renderer included.
    } as L.GeoJSONOptions);
    const layer = L.layerGroup();
    const container = context.layerContainer ?? map;
    container.addLayer(layer);

    const controller = new AbortController();
    let stopCulling: () => void = () => undefined;
    fetch(url, { signal: controller.signal })
      .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
      .then((topology) => {
        outlines.addData(unwrapLongitudes(feature(topology, topology.objects.countries)));
        stopCulling = keepNearView(map, layer, outlines.getLayers() as BoundedLayer[]);
      })
      .catch(() => {
        // Without outlines the objects still show on the plain background.
      });

    return () => {
      controller.abort();
      stopCulling();
      container.removeLayer(layer);
    };
  }, [context, url]);

  return null;
}
