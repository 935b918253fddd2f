import type { Map as LeafletMap } from 'leaflet';
import { createContext, type ReactNode, useContext } from 'react';

const FactsMapContext = createContext<LeafletMap | null>(null);

/** The page's map, for redrawing an object from its detail panel (which lives beside the map, not in it). */
export function FactsMapProvider({ map, children }: { map: LeafletMap | null; children: ReactNode }) {
  return <FactsMapContext.Provider value={map}>{children}</FactsMapContext.Provider>;
}

export function useFactsMap(): LeafletMap | null {
  return useContext(FactsMapContext);
}
