import L from 'leaflet';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';

import { createGeometryLayer, restyleGeometryLayer } from '../../ui/map/geometryLayer';
import { textElement } from '../../ui/map/textContent';
import { isPointGeometry, type MapObject } from '../model/mapObject';
import { pointStyle, styleForObject } from '../model/objectStyle';
import { ObjectLayers } from './objectLayers';

/** Above this many objects the canvas renderer draws faster than thousands of SVG nodes. */
export const CANVAS_THRESHOLD = 400;

interface ObjectsLayerProps {
  objects: readonly MapObject[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** While the user draws a new object, clicks belong to the drawing, not to selection. */
  selectable: boolean;
  /** True while objects of the last answer are still being drawn (over a few frames). */
  onDrawingChange?: (drawing: boolean) => void;
}

function restyle(layer: L.GeoJSON, object: MapObject, selected: boolean) {
  restyleGeometryLayer(layer, styleForObject(object.kind, object.status, selected), pointStyle(object.kind, object.status, selected));
  layer.setTooltipContent(textElement(object.name));
  if (selected) layer.bringToFront();
}

/**
 * Draws the objects with plain Leaflet layers, created once per object and restyled in place:
 * a new list from the API only adds and removes what changed (react-leaflet's GeoJSON would
 * ignore new data unless re-keyed, and re-creating every layer on each pan flickers). New layers
 * are made over a few frames (see ObjectLayers).
 */
export function ObjectsLayer({ objects, selectedId, onSelect, selectable, onDrawingChange }: ObjectsLayerProps) {
  const map = useMap();
  const group = useMemo(() => L.featureGroup(), []);
  const renderers = useMemo(() => ({ svg: L.svg({ padding: 0.3 }), canvas: L.canvas({ padding: 0.3, tolerance: 4 }) }), []);
  const rendererInUse = useRef<L.Renderer>(renderers.svg);
  const onSelectRef = useRef(onSelect);
  const selectableRef = useRef(selectable);
  const onDrawingRef = useRef(onDrawingChange);
  onSelectRef.current = onSelect;
  selectableRef.current = selectable;
  onDrawingRef.current = onDrawingChange;

  const layers = useMemo(
    () =>
      new ObjectLayers<L.GeoJSON>(group, {
        create: (object, selected) => {
          const layer = createGeometryLayer(object.geometry, {
            renderer: rendererInUse.current,
            pathStyle: styleForObject(object.kind, object.status, selected),
            pointStyle: pointStyle(object.kind, object.status, selected),
          });
          // The name is user text: an element with textContent, never a string Leaflet would parse as HTML.
          layer.bindTooltip(textElement(object.name), { sticky: !isPointGeometry(object.geometry), direction: 'top', offset: [0, -6] });
          layer.on('click', () => {
            if (selectableRef.current) onSelectRef.current(object.id);
          });
          if (selected) layer.bringToFront();
          return layer;
        },
        restyle,
        onBusyChange: (busy) => onDrawingRef.current?.(busy),
      }),
    [group],
  );

  // Layout effects: what a new answer no longer has goes before the browser paints (the new ones
  // come in that frame's animation callbacks, also before its paint), and the map's busy note
  // (shown while drawing goes on over more frames) does not flicker in between.
  useLayoutEffect(() => {
    group.addTo(map);
    return () => {
      // The objects vanish at once with their renderers' canvas and svg (which would otherwise
      // stay on the map, an empty canvas redrawn on every move while the map shows clusters); the
      // layers are taken off over the next frames, cheaply, as nothing draws them any more.
      renderers.svg.remove();
      renderers.canvas.remove();
      layers.dispose(() => group.remove());
    };
  }, [map, group, layers, renderers]);

  // Before drawing, so that a selected object is made highlighted.
  useLayoutEffect(() => {
    layers.select(selectedId);
  }, [layers, selectedId]);

  useLayoutEffect(() => {
    const renderer = objects.length > CANVAS_THRESHOLD ? renderers.canvas : renderers.svg;
    if (renderer !== rendererInUse.current) {
      // Layers keep the renderer they were made with: switching means drawing them anew.
      layers.clear();
      rendererInUse.current = renderer;
    }
    layers.update(objects);
  }, [objects, layers, renderers]);

  return null;
}
