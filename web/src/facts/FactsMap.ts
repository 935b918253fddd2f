import type { Map as LeafletMap } from 'leaflet';
import { useSyncExternalStore } from 'react';

/**
 * The page's map, for redrawing an object from its detail panel (which lives beside the map, not in
 * it): the map page shares its map here once Leaflet made it.
 */
let shared: LeafletMap | null = null;
const listeners = new Set<() => void>();

export function shareMapWithFacts(map: LeafletMap | null): void {
  shared = map;
  listeners.forEach((listener) => listener());
}

export function useFactsMap(): LeafletMap | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => shared,
  );
}
