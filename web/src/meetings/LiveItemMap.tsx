import 'leaflet/dist/leaflet.css';

import type { Geometry } from '@flaskhals/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, useMap } from 'react-leaflet';

import { useQuery } from '../ui/graphql';
import { BaseLayers } from '../ui/map/BaseLayers';
import { useBaseMapUrl } from '../ui/map/baseMapUrl';
import { createGeometryLayer } from '../ui/map/geometryLayer';
import { L } from '../ui/map/leafletSetup';
import { LiveMapConfigQuery } from './operations';
import { prefersReducedMotion } from './useLiveMeeting';

export interface MappedObject {
  id: string;
  name: string;
  geometry: unknown;
}

const PATH_STYLE: L.PathOptions = { color: '#b3261e', weight: 5, opacity: 0.9 };
const POINT_STYLE: L.CircleMarkerOptions = { radius: 9, color: '#ffffff', weight: 3, fillColor: '#b3261e', fillOpacity: 1 };
/** Sweden, until the objects are known. */
const START: [number, number] = [59.6, 16.5];

/** A small map of the presented item's objects; it flies to them when the item changes (jumps, with reduced motion). */
export function LiveItemMap({ objects, className }: { objects: readonly MappedObject[]; className?: string }) {
  const { t } = useTranslation();
  const config = useQuery(LiveMapConfigQuery, {});
  const baseMapUrl = useBaseMapUrl();
  const names = objects.map((o) => o.name).join(', ');
  return (
    <div className={`live-map ${className ?? ''}`} role="region" aria-label={t('meetings.live.mapLabel', { names })}>
      <MapContainer className="live-map__map" center={START} zoom={8} zoomControl={false} scrollWheelZoom={false}>
        <BaseLayers
          tileUrl={config.data?.appConfig.tileUrl ?? null}
          tileAttribution={config.data?.appConfig.tileAttribution ?? null}
          baseMapUrl={baseMapUrl}
        />
        <ObjectsInView objects={objects} />
      </MapContainer>
    </div>
  );
}

function ObjectsInView({ objects }: { objects: readonly MappedObject[] }) {
  const map = useMap();
  const placed = useRef(false);
  // A new live event brings equal objects anew: their ids say whether the map must change.
  const key = objects.map((o) => o.id).join(',');
  const layers = useMemo(
    () => objects.flatMap((o) => objectLayers(o.geometry as Geometry)),
    [key], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => {
    // The item's map may have been made while the page was still laying it out: measure it anew.
    map.invalidateSize();
    const group = L.featureGroup(layers).addTo(map);
    const bounds = group.getBounds();
    if (bounds.isValid()) {
      const options = { padding: [24, 24] as [number, number], maxZoom: 16 };
      // The first objects are simply shown; the next item's the map flies to, unless motion is unwelcome.
      if (!placed.current || prefersReducedMotion()) map.fitBounds(bounds, options);
      else map.flyToBounds(bounds, { ...options, duration: 0.8 });
      placed.current = true;
    }
    return () => void group.remove();
  }, [map, layers]);
  return null;
}

/**
 * An object's geometry, and for a line or an area a dot at its middle too: a harbour's outline is
 * a speck on a map that fits two towns apart, the dot still shows where it is.
 */
function objectLayers(geometry: Geometry): L.Layer[] {
  const shape = createGeometryLayer(geometry, { pathStyle: PATH_STYLE, pointStyle: POINT_STYLE });
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return [shape];
  const bounds = shape.getBounds();
  return bounds.isValid() ? [shape, L.circleMarker(bounds.getCenter(), POINT_STYLE)] : [shape];
}
