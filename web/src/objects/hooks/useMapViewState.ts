import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

import { type MapPosition, type MapViewState, type ObjectFilters, parseMapView, writeMapView } from '../model/mapView';

export interface MapViewControls extends MapViewState {
  /** After a pan or zoom: replaces the history entry, so Back does not replay every drag. */
  setPosition: (position: MapPosition) => void;
  setFilters: (filters: ObjectFilters) => void;
  /** Selecting (or clearing) an object adds a history entry, so Back returns to the list. */
  select: (id: string | undefined) => void;
}

/** The map view kept in the URL: a link reproduces what the user sees. */
export function useMapViewState(): MapViewControls {
  const [searchParams, setSearchParams] = useSearchParams();
  // Several updates can land before a re-render (a pan right after a filter click): build each
  // on the newest params, not on the ones this render saw.
  const latest = useRef(searchParams);
  const rendered = useRef(searchParams);
  if (rendered.current !== searchParams) {
    // Only a new URL replaces what we last wrote: a render of older params must not undo it.
    rendered.current = searchParams;
    latest.current = searchParams;
  }

  const update = useCallback(
    (view: Partial<MapViewState>, replace: boolean) => {
      const next = writeMapView(latest.current, view);
      if (next.toString() === latest.current.toString()) return;
      latest.current = next;
      setSearchParams(next, { replace });
    },
    [setSearchParams],
  );

  const view = useMemo(() => parseMapView(searchParams), [searchParams]);

  const setPosition = useCallback((position: MapPosition) => update({ position }, true), [update]);
  const setFilters = useCallback((filters: ObjectFilters) => update({ filters }, false), [update]);
  const select = useCallback((selectedId: string | undefined) => update({ selectedId }, false), [update]);

  return { ...view, setPosition, setFilters, select };
}
