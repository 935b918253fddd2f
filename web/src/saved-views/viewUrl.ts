import type { ViewMode } from '@flaskhals/shared';

import { type MapPosition, type ObjectFilters, writeMapView } from '../objects';

/** What a saved view holds, as the API gives it back. */
export interface ViewContent {
  kinds: readonly string[];
  modes: readonly string[];
  statuses: readonly string[];
  categories: readonly string[];
  search?: string | null;
  lat: number;
  lng: number;
  zoom: number;
  mode?: string | null;
}

/** The map page's URL parameter naming the table or the map (a later feature may add the table). */
export const MODE_PARAM = 'mode';

/** The query string of the map URL that reproduces a saved view: the same parameters the map writes. */
export function viewSearch(view: ViewContent): string {
  const params = writeMapView(new URLSearchParams(), {
    position: { lat: view.lat, lng: view.lng, zoom: view.zoom },
    filters: {
      kinds: [...view.kinds],
      modes: [...view.modes],
      statuses: [...view.statuses],
      categories: [...view.categories],
      search: view.search ?? '',
    } as ObjectFilters,
  });
  if (view.mode) params.set(MODE_PARAM, view.mode);
  return `?${params.toString()}`;
}

/** What to save of the map as it is now. */
export function contentOf(position: MapPosition, filters: ObjectFilters, mode: ViewMode | null) {
  return {
    kinds: filters.kinds,
    modes: filters.modes,
    statuses: filters.statuses,
    categories: filters.categories,
    search: filters.search || null,
    lat: Math.round(position.lat * 1e5) / 1e5,
    lng: Math.round(position.lng * 1e5) / 1e5,
    zoom: Math.round(position.zoom),
    mode,
  };
}
