import { useMemo } from 'react';
import { useQuery } from '../../ui/graphql/hooks';
import { toObjectsInView } from '../model/mapObject';
import { toObjectFilter, type ObjectFilters } from '../model/mapView';
import { ObjectsInViewQuery } from '../operations';

/** The map draws at most this many objects in one view; the list pages through them. */
export const MAP_OBJECT_LIMIT = 1000;

/** Objects inside the map's bbox that pass the filters, sorted by name (the server's order). */
export function useObjectsInView(filters: ObjectFilters, bbox: number[] | undefined) {
  const variables = useMemo(() => ({ filter: toObjectFilter(filters, bbox), first: MAP_OBJECT_LIMIT }), [filters, bbox]);
  const query = useQuery(ObjectsInViewQuery, variables, { skip: !bbox });
  const inView = useMemo(() => toObjectsInView(query.data), [query.data]);
  return { inView, loading: query.loading || !bbox, error: query.error, refetch: query.refetch };
}
