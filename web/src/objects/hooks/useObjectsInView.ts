import { useEffect, useMemo, useState } from 'react';

import { useQuery } from '../../ui/graphql';
import { type ObjectCluster, toObjectsInView } from '../model/mapObject';
import { type ObjectFilters, toObjectFilter } from '../model/mapView';
import { ObjectClustersQuery, ObjectsInViewQuery } from '../operations';
import { useLiveTotals, withLiveTotals } from './useLiveTotals';

/** The map draws at most this many objects one by one; beyond it, the server's clusters. */
export const MAP_OBJECT_LIMIT = 1000;

/** While clustered, the list asks the server for this many more rows at a time. */
export const CLUSTERED_LIST_PAGE = 50;

/**
 * What is in the map's view: first the count (and clusters when there are too many objects to
 * draw), then the objects themselves, all of them or, when clustered, a page for the list. Live
 * events keep their totals current (useLiveTotals); `onObjectChanged` hears of every one.
 */
export function useObjectsInView(
  arenaId: string,
  filters: ObjectFilters,
  bbox: number[] | undefined,
  zoom: number,
  onObjectChanged?: (objectId: string) => void,
) {
  const filter = useMemo(() => toObjectFilter(filters, bbox, arenaId), [filters, bbox, arenaId]);
  const [listSize, setListSize] = useState(CLUSTERED_LIST_PAGE);
  useEffect(() => setListSize(CLUSTERED_LIST_PAGE), [filter]);

  const overview = useQuery(
    ObjectClustersQuery,
    useMemo(() => ({ filter, zoom: Math.round(zoom), maxObjects: MAP_OBJECT_LIMIT }), [filter, zoom]),
    { skip: !bbox },
  );
  const view = overview.data?.objectClusters;
  const clustered = view?.clustered ?? false;
  const objectsVariables = useMemo(() => ({ filter, first: clustered ? listSize : MAP_OBJECT_LIMIT }), [filter, clustered, listSize]);
  const query = useQuery(ObjectsInViewQuery, objectsVariables, { skip: !bbox || !view });
  const refetch = async () => {
    await overview.refetch();
    await query.refetch();
  };
  const live = useLiveTotals(arenaId, { data: query.data, bbox, refetch }, onObjectChanged);

  // The clusters' answer usually comes before the list's: until the clustered view's page is in,
  // query.data is still the previous view's (up to MAP_OBJECT_LIMIT objects). Handing the list at
  // most one page spares it rendering, and a moment later dropping, hundreds of rows at once.
  const inView = useMemo(() => {
    const all = toObjectsInView(withLiveTotals(query.data, live));
    if (!all || !clustered || all.objects.length <= listSize) return all;
    return { ...all, objects: all.objects.slice(0, listSize) };
  }, [query.data, live, clustered, listSize]);
  const clusters: ObjectCluster[] = useMemo(() => (clustered ? (view?.clusters ?? []) : []), [clustered, view]);
  const canLoadMore = clustered && inView !== undefined && inView.objects.length < inView.totalCount;
  return {
    inView,
    clusters,
    clustered,
    loading: overview.loading || query.loading || !bbox,
    error: overview.error ?? query.error,
    refetch,
    showMore: canLoadMore ? () => setListSize((n) => n + CLUSTERED_LIST_PAGE) : undefined,
  };
}
