import L from 'leaflet';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';

import { formatNumber } from '../../ui/format/numbers';
import type { ObjectCluster } from '../model/mapObject';
import { ClusterMarkers } from './clusterMarkers';
import { clusterZoom } from './clusterZoom';

/** Space kept around a cluster's objects when the map fits them, in pixels on each side. */
const CLUSTER_PADDING = 32;

interface ClustersLayerProps {
  clusters: readonly ObjectCluster[];
  /** True while markers of the last answer are still being drawn (over a few frames). */
  onDrawingChange?: (drawing: boolean) => void;
}

/**
 * Clusters from the server, one marker each with its count. Clicking (or Enter on the focused
 * marker) zooms to the cluster's objects, so every single object is reachable by zooming in.
 */
export function ClustersLayer({ clusters, onDrawingChange }: ClustersLayerProps) {
  const map = useMap();
  const { t, i18n } = useTranslation();
  const group = useMemo(() => L.layerGroup(), []);
  const labelRef = useRef(t);
  labelRef.current = t;
  const onDrawingRef = useRef(onDrawingChange);
  onDrawingRef.current = onDrawingChange;

  const markers = useMemo(
    () =>
      new ClusterMarkers(group, {
        label: (cluster) => {
          const text = formatNumber(cluster.count, i18n.language, 0);
          return { text, title: labelRef.current('map.cluster', { count: cluster.count, formatted: text }) };
        },
        onActivate: (cluster) => {
          const [minLng, minLat, maxLng, maxLat] = cluster.bbox;
          const bounds = L.latLngBounds([minLat, minLng], [maxLat, maxLng]);
          const target = clusterZoom(
            cluster,
            map.getZoom(),
            map.getMaxZoom(),
            map.getBoundsZoom(bounds, false, L.point(2 * CLUSTER_PADDING, 2 * CLUSTER_PADDING)),
          );
          if (target.kind === 'fit') map.fitBounds(bounds, { padding: [CLUSTER_PADDING, CLUSTER_PADDING], maxZoom: target.maxZoom });
          else map.setView(target.center, target.zoom);
        },
        onBusyChange: (busy) => onDrawingRef.current?.(busy),
      }),
    // A new language labels every marker anew: a new set of markers.
    [group, map, i18n.language],
  );

  // Layout effects: what a new answer no longer has goes before the browser paints (the new ones
  // come in that frame's animation callbacks, also before its paint), and the map's busy note
  // (shown while drawing goes on over more frames) does not flicker in between.
  useLayoutEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  useLayoutEffect(() => {
    markers.update(clusters);
  }, [markers, clusters]);

  useLayoutEffect(() => () => markers.clear(), [markers]);

  return null;
}
