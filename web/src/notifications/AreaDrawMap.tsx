import 'leaflet/dist/leaflet.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Polygon, Polyline, useMapEvents } from 'react-leaflet';

import { BaseLayers } from '../ui/map/BaseLayers';

export type Corner = [number, number];

interface AreaDrawMapProps {
  center: [number, number];
  zoom: number;
  tileUrl: string | null;
  tileAttribution: string | null;
  baseMapUrl: string;
  corners: Corner[];
  closed: boolean;
  onAdd: (corner: Corner) => void;
  onClose: () => void;
}

/**
 * A map to click an area's corners on (lng, lat); clicking the first corner closes the area. The
 * municipality field beside it is the way to an alert without a pointer.
 */
export function AreaDrawMap({ center, zoom, tileUrl, tileAttribution, baseMapUrl, corners, closed, onAdd, onClose }: AreaDrawMapProps) {
  const { t } = useTranslation();
  // MapContainer reads its props once.
  const [initial] = useState({ center, zoom });
  const positions = corners.map(([lng, lat]) => [lat, lng] as [number, number]);
  return (
    <div className="area-draw" role="region" aria-label={t('notifications.alerts.draw')}>
      <MapContainer className="area-draw__map" center={[initial.center[1], initial.center[0]]} zoom={initial.zoom} zoomControl={false}>
        <BaseLayers tileUrl={tileUrl} tileAttribution={tileAttribution} baseMapUrl={baseMapUrl} />
        {!closed && <ClickToAdd onAdd={onAdd} />}
        {closed ? <Polygon positions={positions} pathOptions={{ color: '#12355b' }} /> : <Polyline positions={positions} />}
        {!closed &&
          positions.map((p, i) => (
            <CircleMarker
              key={`${p[0]},${p[1]},${i}`}
              center={p}
              radius={i === 0 ? 7 : 5}
              pathOptions={{ color: '#12355b', fillColor: i === 0 ? '#f2a541' : '#fff', fillOpacity: 1 }}
              eventHandlers={{
                click: (e) => {
                  e.originalEvent.stopPropagation();
                  if (i === 0 && corners.length >= 3) onClose();
                },
              }}
            />
          ))}
      </MapContainer>
    </div>
  );
}

function ClickToAdd({ onAdd }: { onAdd: (corner: Corner) => void }) {
  useMapEvents({ click: (e) => onAdd([Number(e.latlng.lng.toFixed(6)), Number(e.latlng.lat.toFixed(6))]) });
  return null;
}
