import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import type { ObjectCluster } from '../model/mapObject';
import { formatNumber } from '../../ui/format/numbers';
import { textElement } from '../../ui/map/textContent';

interface ClustersLayerProps {
  clusters: readonly ObjectCluster[];
}

/** Marker size grows with the count, on a log scale so 10 and 10,000 both stay readable. */
function sizeOf(count: number): number {
  return Math.round(30 + 10 * Math.log10(Math.max(1, count)));
}

/**
 * Clusters from the server, one marker each with its count. Clicking (or Enter on the focused
 * marker) zooms to the cluster's objects, so every single object is reachable by zooming in.
 */
export function ClustersLayer({ clusters }: ClustersLayerProps) {
  const map = useMap();
  const { t, i18n } = useTranslation();
  const group = useMemo(() => L.layerGroup(), []);
  const labelRef = useRef(t);
  labelRef.current = t;

  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    group.clearLayers();
    for (const cluster of clusters) {
      const size = sizeOf(cluster.count);
      const label = formatNumber(cluster.count, i18n.language, 0);
      const marker = L.marker([cluster.center[1], cluster.center[0]], {
        icon: L.divIcon({
          className: 'object-cluster',
          html: textElement(label),
          iconSize: [size, size],
        }),
        title: labelRef.current('map.cluster', { count: cluster.count, formatted: label }),
        alt: labelRef.current('map.cluster', { count: cluster.count, formatted: label }),
        keyboard: true,
        riseOnHover: true,
      });
      marker.on('click', () => {
        const [minLng, minLat, maxLng, maxLat] = cluster.bbox;
        const bounds = L.latLngBounds([minLat, minLng], [maxLat, maxLng]);
        // A cluster of objects at one spot cannot be spread by fitting: zoom in a few steps instead.
        if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), Math.min(map.getZoom() + 3, map.getMaxZoom()));
        else map.fitBounds(bounds, { padding: [32, 32], maxZoom: Math.min(map.getZoom() + 4, map.getMaxZoom()) });
      });
      group.addLayer(marker);
    }
  }, [clusters, group, map, i18n.language]);

  return null;
}
