import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';

import L from 'leaflet';

/**
 * Loaded on demand (the drawing tool is a third of the bundle, and most visits only look).
 * Geoman gives maps their `pm` in an init hook; a map created before this module ran gets it here.
 */
export function attachGeoman(map: L.Map): L.PM.PMMap {
  if (!map.pm) {
    const PM = (L as unknown as { PM: { Map: new (map: L.Map) => L.PM.PMMap } }).PM;
    map.pm = new PM.Map(map);
    map.pm.setGlobalOptions({});
  }
  return map.pm;
}
