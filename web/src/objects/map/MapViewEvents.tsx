import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

import type { MapPosition } from '../model/mapView';
import { clampBbox } from '../model/mapView';

export interface MapViewChange {
  position: MapPosition;
  bbox: number[];
}

interface MapViewEventsProps {
  /** The position the URL asks for; when it changes from outside (Back, a link) the map follows. */
  position: MapPosition | undefined;
  onViewChange: (change: MapViewChange) => void;
  debounceMs?: number;
}

const samePosition = (a: MapPosition, b: MapPosition) =>
  a.zoom === b.zoom && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.lng - b.lng) < 1e-4;

/**
 * Reports where the map is after each pan or zoom (debounced, so a drag asks the API once),
 * and moves the map when the URL's position changes by anything other than the map itself.
 */
export function MapViewEvents({ position, onViewChange, debounceMs = 250 }: MapViewEventsProps) {
  const map = useMap();
  const onChange = useRef(onViewChange);
  onChange.current = onViewChange;
  const lastReported = useRef<MapPosition | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const report = () => {
    const center = map.getCenter();
    const bounds = map.getBounds();
    const current: MapPosition = { lat: center.lat, lng: center.lng, zoom: map.getZoom() };
    lastReported.current = current;
    onChange.current({
      position: current,
      bbox: clampBbox([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]),
    });
  };

  useMapEvents({
    moveend: () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(report, debounceMs);
    },
  });

  useEffect(() => {
    map.whenReady(report);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  useEffect(() => {
    if (!position) return;
    if (lastReported.current && samePosition(lastReported.current, position)) return;
    const center = map.getCenter();
    if (samePosition({ lat: center.lat, lng: center.lng, zoom: map.getZoom() }, position)) return;
    map.setView([position.lat, position.lng], position.zoom);
  }, [map, position?.lat, position?.lng, position?.zoom]); // eslint-disable-line react-hooks/exhaustive-deps

  return null;
}
