import {
  OBJECT_KINDS,
  OBJECT_STATUSES,
  type ObjectKind,
  type ObjectStatus,
  REPORT_CATEGORIES,
  type ReportCategory,
  TRANSPORT_MODES,
  type TransportMode,
} from '@flaskhals/shared';

/**
 * The view a link reproduces: where the map is, what is filtered, what is selected.
 * URL form: ?lat=59.6&lng=16.5&z=9&kinds=PORT,ROAD&modes=..&statuses=..&categories=..&q=text&object=<id>
 */
export interface ObjectFilters {
  kinds: ObjectKind[];
  modes: TransportMode[];
  statuses: ObjectStatus[];
  categories: ReportCategory[];
  search: string;
}

export interface MapPosition {
  lat: number;
  lng: number;
  zoom: number;
}

export interface MapViewState {
  position: MapPosition | undefined;
  filters: ObjectFilters;
  selectedId: string | undefined;
}

export const EMPTY_FILTERS: ObjectFilters = { kinds: [], modes: [], statuses: [], categories: [], search: '' };

export type FilterGroup = 'kinds' | 'modes' | 'statuses' | 'categories';

export const FILTER_OPTIONS: { [G in FilterGroup]: readonly ObjectFilters[G][number][] } = {
  kinds: OBJECT_KINDS,
  modes: TRANSPORT_MODES,
  statuses: OBJECT_STATUSES,
  categories: REPORT_CATEGORIES,
};

function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(',').map((v) => v.trim().toUpperCase()));
  // Keep the canonical order, so the same filter always gives the same URL and query.
  return allowed.filter((option) => wanted.has(option));
}

function parseNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export function parseMapView(params: URLSearchParams): MapViewState {
  const lat = parseNumber(params.get('lat'), -90, 90);
  const lng = parseNumber(params.get('lng'), -180, 180);
  const zoom = parseNumber(params.get('z'), 0, 20);
  return {
    position: lat !== undefined && lng !== undefined && zoom !== undefined ? { lat, lng, zoom: Math.round(zoom) } : undefined,
    filters: {
      kinds: parseList(params.get('kinds'), OBJECT_KINDS),
      modes: parseList(params.get('modes'), TRANSPORT_MODES),
      statuses: parseList(params.get('statuses'), OBJECT_STATUSES),
      categories: parseList(params.get('categories'), REPORT_CATEGORIES),
      search: params.get('q')?.trim() ?? '',
    },
    selectedId: params.get('object') || undefined,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | undefined) {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** Writes the parts of a view into URL params, leaving unrelated params alone. */
export function writeMapView(params: URLSearchParams, view: Partial<MapViewState>): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view.position) {
    // Five decimals is about a metre: enough for a link, short enough to read.
    next.set('lat', view.position.lat.toFixed(5));
    next.set('lng', view.position.lng.toFixed(5));
    next.set('z', String(Math.round(view.position.zoom)));
  }
  if (view.filters) {
    setOrDelete(next, 'kinds', view.filters.kinds.join(','));
    setOrDelete(next, 'modes', view.filters.modes.join(','));
    setOrDelete(next, 'statuses', view.filters.statuses.join(','));
    setOrDelete(next, 'categories', view.filters.categories.join(','));
    setOrDelete(next, 'q', view.filters.search.trim());
  }
  if ('selectedId' in view) setOrDelete(next, 'object', view.selectedId);
  return next;
}

export function activeFilterCount(filters: ObjectFilters): number {
  return filters.kinds.length + filters.modes.length + filters.statuses.length + filters.categories.length + (filters.search ? 1 : 0);
}

/** The API's ObjectFilter for these filters and a map bbox; empty lists mean "any". */
export function toObjectFilter(filters: ObjectFilters, bbox: number[] | undefined, arenaId?: string) {
  return {
    arenaId,
    bbox,
    kinds: filters.kinds.length ? filters.kinds : undefined,
    modes: filters.modes.length ? filters.modes : undefined,
    statuses: filters.statuses.length ? filters.statuses : undefined,
    categories: filters.categories.length ? filters.categories : undefined,
    search: filters.search || undefined,
  };
}

/** Leaflet bounds can wrap past ±180 at low zoom; the API wants WGS84 ranges. */
export function clampBbox([minLng, minLat, maxLng, maxLat]: number[]): number[] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return [round(clamp(minLng, -180, 180)), round(clamp(minLat, -90, 90)), round(clamp(maxLng, -180, 180)), round(clamp(maxLat, -90, 90))];
}
