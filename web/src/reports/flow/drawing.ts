import type { Geometry } from '@flaskhals/shared';
import type { LatLng, Map as LeafletMap } from 'leaflet';

import type { DrawShape } from './reportFlowState';

/** Geoman's names for the shapes a report can have. */
export const GEOMAN_SHAPES: Record<DrawShape, 'CircleMarker' | 'Line' | 'Polygon'> = {
  Point: 'CircleMarker',
  LineString: 'Line',
  Polygon: 'Polygon',
};

/** A point at the map's centre: how a keyboard user marks a place. */
export function centerPoint(map: LeafletMap): Geometry {
  return pointAt(map.getCenter());
}

/** A point where the map was clicked or tapped, to a tenth of a metre or so. */
export function pointAt(latLng: LatLng): Geometry {
  const { lat, lng } = latLng.wrap();
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { type: 'Point', coordinates: [round(lng), round(lat)] };
}

interface GeomanDraw {
  _finishShape?: () => void;
}

/**
 * Ends a line or polygon being drawn, as if its last (or first) vertex had been clicked again.
 * Geoman has no public call for this; its own "Finish" action uses the same method.
 */
export function finishDrawing(map: LeafletMap, shape: DrawShape) {
  const pm = (map as unknown as { pm?: { Draw?: Record<string, GeomanDraw> } }).pm;
  pm?.Draw?.[GEOMAN_SHAPES[shape]]?._finishShape?.();
}
