import 'leaflet/dist/leaflet.css';

import { boundingBox, type Geometry, positionsOf } from '@flaskhals/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, Tooltip, useMap } from 'react-leaflet';

import type { PriorityEntryPartsFragment } from '../gql/graphql';
import { BaseLayers, type BaseMapConfig } from '../ui/map/BaseLayers';
import { L } from '../ui/map/leafletSetup';

interface PriorityMapProps {
  entries: readonly PriorityEntryPartsFragment[];
  center: [number, number];
  zoom: number;
  baseMap: BaseMapConfig;
  onOpenObject?: (objectId: string) => void;
  className?: string;
}

/** The middle of an object's geometry's box: where its number stands. */
function anchorOf(geometry: unknown): [number, number] | null {
  try {
    const box = boundingBox(geometry as Geometry);
    if (positionsOf(geometry as Geometry).length === 0) return null;
    return [(box.minLat + box.maxLat) / 2, (box.minLng + box.maxLng) / 2];
  } catch {
    return null;
  }
}

/** The adopted list on the map: each object a numbered marker (its rank), the view fitted to them. */
export function PriorityMap({ entries, center, zoom, baseMap, onOpenObject, className }: PriorityMapProps) {
  const { t } = useTranslation();
  const [initial] = useState({ center, zoom });
  const points = useMemo(
    () =>
      entries.flatMap((entry) => {
        const at = entry.object ? anchorOf(entry.object.geometry) : null;
        return at && entry.object && entry.rank ? [{ rank: entry.rank, id: entry.object.id, name: entry.object.name, at }] : [];
      }),
    [entries],
  );
  return (
    <div className={className ?? 'priority-map'} role="region" aria-label={t('priorities.map')}>
      <MapContainer className="priority-map__map" center={[initial.center[1], initial.center[0]]} zoom={initial.zoom} zoomControl={false}>
        <BaseLayers {...baseMap} />
        <FitTo points={points.map((p) => p.at)} />
        {points.map((p) => (
          <Marker
            key={p.id}
            position={p.at}
            icon={numberedIcon(p.rank)}
            title={`${p.rank}. ${p.name}`}
            alt={`${p.rank}. ${p.name}`}
            eventHandlers={onOpenObject ? { click: () => onOpenObject(p.id) } : undefined}
          >
            <Tooltip>{`${p.rank}. ${p.name}`}</Tooltip>
          </Marker>
        ))}
      </MapContainer>
    </div>
  );
}

const icons = new Map<number, L.DivIcon>();
/** One icon per number, made once (Leaflet compares icons by identity). */
function numberedIcon(rank: number): L.DivIcon {
  let icon = icons.get(rank);
  if (!icon) {
    icon = L.divIcon({ className: 'priority-marker', html: `<span>${rank}</span>`, iconSize: [28, 28], iconAnchor: [14, 14] });
    icons.set(rank, icon);
  }
  return icon;
}

function FitTo({ points }: { points: [number, number][] }) {
  const map = useMap();
  const key = JSON.stringify(points);
  useEffect(() => {
    const list = JSON.parse(key) as [number, number][];
    if (list.length === 0) return;
    map.fitBounds(L.latLngBounds(list), { padding: [30, 30], maxZoom: 12 });
  }, [map, key]);
  return null;
}
