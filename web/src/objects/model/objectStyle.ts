import { isOpenStatus, type ObjectKind, type ObjectStatus } from '@flaskhals/shared';

/** One colour per kind of object; chosen to stay apart on a pale base map and for common colour blindness. */
export const KIND_COLORS: Record<ObjectKind, string> = {
  PORT: '#1f5fa8',
  RAIL_SEGMENT: '#8e3b8f',
  ROAD: '#d9480f',
  TERMINAL: '#0b7a75',
  AIRPORT: '#5c6bc0',
  BRIDGE: '#a0522d',
  LEVEL_CROSSING: '#c2185b',
  WATERWAY: '#0288d1',
  OTHER: '#5f6b73',
};

export const SELECTED_COLOR = '#f2a541';

export interface ObjectStyle {
  color: string;
  fillColor: string;
  weight: number;
  opacity: number;
  fillOpacity: number;
  dashArray?: string;
  /** Radius in pixels for points. */
  radius: number;
}

/**
 * How an object looks on the map: colour by kind; resolved and dismissed objects fade and dash,
 * so what the arena still pushes for stands out; the selected object gets a thick amber outline.
 */
export function styleForObject(kind: ObjectKind, status: ObjectStatus, selected: boolean): ObjectStyle {
  const color = KIND_COLORS[kind] ?? KIND_COLORS.OTHER;
  const open = isOpenStatus(status);
  const base: ObjectStyle = {
    color,
    fillColor: color,
    weight: 4,
    opacity: open ? 0.95 : 0.55,
    fillOpacity: open ? 0.35 : 0.12,
    dashArray: open ? undefined : '6 6',
    radius: 7,
  };
  if (!selected) return base;
  return { ...base, color: SELECTED_COLOR, weight: 6, opacity: 1, fillOpacity: open ? 0.6 : 0.3, radius: 10 };
}

/** The style of points: a filled circle with a white ring, readable on any base layer. */
export function pointStyle(kind: ObjectKind, status: ObjectStatus, selected: boolean): ObjectStyle {
  const style = styleForObject(kind, status, selected);
  const open = isOpenStatus(status);
  return {
    ...style,
    color: selected ? SELECTED_COLOR : '#ffffff',
    weight: selected ? 4 : 2,
    fillColor: KIND_COLORS[kind] ?? KIND_COLORS.OTHER,
    fillOpacity: open ? 0.95 : 0.45,
  };
}
