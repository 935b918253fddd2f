/** What the objects feature (the map, its list, filters and detail) offers the app and other features. */
export { ObjectDetailPanel } from './detail/ObjectDetailPanel';
export type { Viewer } from './detail/permissions';
export { FilterPanel } from './filters/FilterPanel';
export { useMapViewState } from './hooks/useMapViewState';
export { useObjectDetail } from './hooks/useObjectDetail';
export { useObjectsInView } from './hooks/useObjectsInView';
export { KindSwatch, StatusBadge } from './list/badges';
export { ObjectList } from './list/ObjectList';
export type { MapViewChange } from './map/MapViewEvents';
export { ObjectsMap } from './map/ObjectsMap';
export { isGeometry } from './model/mapObject';
export { type MapPosition, type ObjectFilters, parseMapView, toObjectFilter, writeMapView } from './model/mapView';
