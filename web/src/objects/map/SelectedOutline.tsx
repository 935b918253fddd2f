import type { Geometry } from '@flaskhals/shared';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

import { createGeometryLayer } from '../../ui/map/geometryLayer';
import { SELECTED_COLOR } from '../model/objectStyle';

/**
 * The selected object's shape when it is not among the drawn objects (filtered out, or a link
 * opened it outside the view): the selection stays visible on the map.
 */
export function SelectedOutline({ geometry }: { geometry: Geometry }) {
  const map = useMap();
  useEffect(() => {
    const layer = createGeometryLayer(geometry, {
      interactive: false,
      pathStyle: { color: SELECTED_COLOR, weight: 6, opacity: 0.9, fillOpacity: 0.25 },
      pointStyle: { radius: 10, color: SELECTED_COLOR, weight: 4, fillColor: '#ffffff', fillOpacity: 0.6 },
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, geometry]);
  return null;
}
