import type { Geometry } from '@flaskhals/shared';
import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';

import { createGeometryLayer } from '../../ui/map/geometryLayer';
import { GEOMAN_SHAPES, pointAt } from './drawing';
import type { DrawShape } from './reportFlowState';

interface DrawOnMapProps {
  /** The shape to draw now; undefined means no drawing. */
  shape: DrawShape | undefined;
  /** What the user has marked so far, shown until the report is sent or cancelled. */
  draft: Geometry | undefined;
  onDrawn: (geometry: Geometry) => void;
}

/** The place being drawn: orange, apart from every kind's colour and the selection's. */
const DRAFT_COLOR = '#e8590c';
const draftStyle = { color: DRAFT_COLOR, weight: 4, dashArray: '8 6', fillColor: DRAFT_COLOR, fillOpacity: 0.2 };

/** Marking the place of a report on the map, with leaflet-geoman's drawing modes. */
export function DrawOnMap({ shape, draft, onDrawn }: DrawOnMapProps) {
  const map = useMap();
  const { t, i18n } = useTranslation();
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const tooltips = useRef<Record<string, string>>({});
  tooltips.current = t('geoman', { returnObjects: true }) as Record<string, string>;

  // A point is placed by one click or tap where it goes. Geoman's point tool places its marker
  // where the pointer last moved, which on a touch screen takes a first tap to move it there.
  useEffect(() => {
    if (shape !== 'Point') return;
    const container = map.getContainer();
    const onClick = (event: L.LeafletMouseEvent) => onDrawnRef.current(pointAt(event.latlng));
    map.on('click', onClick);
    container.classList.add('map--drawing');
    return () => {
      map.off('click', onClick);
      container.classList.remove('map--drawing');
    };
  }, [map, shape]);

  useEffect(() => {
    if (!shape || shape === 'Point') return;
    let active = true;
    let stop = () => {};
    const onCreate = (event: { layer: L.Layer }) => {
      const geometry = (event.layer as L.Layer & { toGeoJSON(): GeoJSON.Feature }).toGeoJSON().geometry as Geometry;
      // The drawn layer was only a tool: the draft layer below shows the result.
      event.layer.remove();
      onDrawnRef.current(geometry);
    };
    void import('./geoman').then(({ attachGeoman }) => {
      if (!active) return;
      const pm = attachGeoman(map);
      // Geoman's hint tooltips in the user's language.
      pm.setLang(`flaskhals-${i18n.language}` as L.PM.SupportLocales, { tooltips: tooltips.current }, 'en');
      map.on('pm:create', onCreate as L.LeafletEventHandlerFn);
      pm.enableDraw(GEOMAN_SHAPES[shape], {
        snappable: false,
        continueDrawing: false,
        tooltips: true,
        templineStyle: { color: DRAFT_COLOR },
        hintlineStyle: { color: DRAFT_COLOR, dashArray: [5, 5] },
        pathOptions: draftStyle,
      });
      map.getContainer().classList.add('map--drawing');
      stop = () => {
        map.off('pm:create', onCreate as L.LeafletEventHandlerFn);
        pm.disableDraw();
        map.getContainer().classList.remove('map--drawing');
      };
    });
    return () => {
      active = false;
      stop();
    };
  }, [map, shape, i18n.language]);

  useEffect(() => {
    if (!draft) return;
    const layer = createGeometryLayer(draft, {
      interactive: false,
      pathStyle: draftStyle,
      pointStyle: { color: DRAFT_COLOR, radius: 9, fillColor: '#ffffff', fillOpacity: 0.9, weight: 4 },
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, draft]);

  return null;
}
