import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { isPointGeometry, type MapObject } from '../model/mapObject';
import { pointStyle, styleForObject } from '../model/objectStyle';
import { createGeometryLayer, restyleGeometryLayer } from '../../ui/map/geometryLayer';
import { runInFrames } from '../../ui/map/runInFrames';
import { textElement } from '../../ui/map/textContent';

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

interface DrawnObject {
  object: MapObject;
  layer: L.GeoJSON;
}

function applyStyle(layer: L.GeoJSON, object: MapObject, selected: boolean) {
  restyleGeometryLayer(layer, styleForObject(object.kind, object.status, selected), pointStyle(object.kind, object.status, selected));
  if (selected) layer.bringToFront();
}

/**
 * Draws the objects with plain Leaflet layers, created once per object and restyled in place:
 * a new list from the API only adds and removes what changed (react-leaflet's GeoJSON would
 * ignore new data unless re-keyed, and re-creating every layer on each pan flickers). New layers
 * are made over a few frames: the ~700 objects of a zoom from clusters to single objects took
 * 85 ms in one go, a frozen page while zooming.
 */
export function ObjectsLayer({ objects, selectedId, onSelect, selectable, onDrawingChange }: ObjectsLayerProps) {
  const map = useMap();
  const group = useMemo(() => L.featureGroup(), []);
  const drawn = useRef(new Map<string, DrawnObject>());
  const renderers = useMemo(() => ({ svg: L.svg({ padding: 0.3 }), canvas: L.canvas({ padding: 0.3, tolerance: 4 }) }), []);
  const rendererInUse = useRef<L.Renderer>(renderers.svg);
  const onSelectRef = useRef(onSelect);
  const selectableRef = useRef(selectable);
  const selectedRef = useRef(selectedId);
  onSelectRef.current = onSelect;
  selectableRef.current = selectable;
  selectedRef.current = selectedId;
  const onDrawingRef = useRef(onDrawingChange);
  onDrawingRef.current = onDrawingChange;
  const cancelDrawing = useRef<() => void>(() => undefined);

  // Layout effects: the first batch of a new answer is drawn before the browser paints, and the
  // map's busy note (shown while drawing goes on over more frames) does not flicker in between.
  useLayoutEffect(() => {
    group.addTo(map);
    return () => {
      cancelDrawing.current();
      onDrawingRef.current?.(false);
      group.remove();
      // The renderers stay on the map otherwise: an empty canvas redrawn on every move while the
      // map shows clusters. A layer that needs one adds it again.
      renderers.svg.remove();
      renderers.canvas.remove();
    };
  }, [map, group, renderers]);

  useLayoutEffect(() => {
    cancelDrawing.current();
    const renderer = objects.length > CANVAS_THRESHOLD ? renderers.canvas : renderers.svg;
    if (renderer !== rendererInUse.current) {
      // Layers keep the renderer they were made with: switching means drawing them anew.
      group.clearLayers();
      drawn.current.clear();
      rendererInUse.current = renderer;
    }
    const wanted = new Map(objects.map((o) => [o.id, o]));
    for (const [id, entry] of drawn.current) {
      const next = wanted.get(id);
      if (!next || next.geometry !== entry.object.geometry && JSON.stringify(next.geometry) !== JSON.stringify(entry.object.geometry)) {
        group.removeLayer(entry.layer);
        drawn.current.delete(id);
      } else if (next.status !== entry.object.status || next.kind !== entry.object.kind || next.name !== entry.object.name) {
        entry.object = next;
        applyStyle(entry.layer, next, id === selectedRef.current);
        entry.layer.setTooltipContent(textElement(next.name));
      }
    }
    const missing = objects.filter((object) => !drawn.current.has(object.id));
    let finished = false;
    const draw = (object: MapObject) => {
      const selected = object.id === selectedRef.current;
      const layer = createGeometryLayer(object.geometry, {
        renderer,
        pathStyle: styleForObject(object.kind, object.status, selected),
        pointStyle: pointStyle(object.kind, object.status, selected),
      });
      // The name is user text: an element with textContent, never a string Leaflet would parse as HTML.
      layer.bindTooltip(textElement(object.name), { sticky: !isPointGeometry(object.geometry), direction: 'top', offset: [0, -6] });
      layer.on('click', () => {
        if (selectableRef.current) onSelectRef.current(object.id);
      });
      group.addLayer(layer);
      drawn.current.set(object.id, { object, layer });
      if (selected) layer.bringToFront();
    };
    cancelDrawing.current = runInFrames(missing, draw, {
      onDone: () => {
        finished = true;
        onDrawingRef.current?.(false);
      },
    });
    if (!finished) onDrawingRef.current?.(true);
  }, [objects, group, renderers]);

  const previousSelected = useRef<string | undefined>(undefined);
  useEffect(() => {
    const before = previousSelected.current;
    if (before && before !== selectedId) {
      const entry = drawn.current.get(before);
      if (entry) applyStyle(entry.layer, entry.object, false);
    }
    if (selectedId) {
      const entry = drawn.current.get(selectedId);
      if (entry) applyStyle(entry.layer, entry.object, true);
    }
    previousSelected.current = selectedId;
  }, [selectedId, objects]);

  return null;
}
