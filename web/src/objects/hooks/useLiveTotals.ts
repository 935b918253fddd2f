import { useCallback, useEffect, useRef, useState } from 'react';

import type { ObjectChangedSubscription as ObjectChanged, ObjectsInViewQuery } from '../../gql/graphql';
import { useSubscription } from '../../ui/graphql';
import { ObjectChangedSubscription } from '../operations';

type Totals = Pick<ObjectChanged['objectChanged'], 'organizationCount' | 'reportCount' | 'totalImpact'>;

/** Several events in a moment (a burst of supports) cost one new read of the view, not one each. */
const REFETCH_DELAY_MS = 250;

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a.length === 4 && b.length === 4 && a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The list's answer with the newest totals the server announced for its objects. */
export function withLiveTotals(data: ObjectsInViewQuery | undefined, live: ReadonlyMap<string, Totals>): ObjectsInViewQuery | undefined {
  if (!data || live.size === 0 || !data.objects.edges.some(({ node }) => live.has(node.id))) return data;
  const edges = data.objects.edges.map((edge) => {
    const totals = live.get(edge.node.id);
    return totals ? { ...edge, node: { ...edge.node, ...totals } } : edge;
  });
  return { ...data, objects: { ...data.objects, edges } };
}

/**
 * Keeps the map's objects current while it is open: the totals of an object in the list change in
 * place when the server announces them; an object new to the view makes the view read again.
 * Only the totals are patched (every change of them is announced; other fields are not, so for
 * those the list's own answer stays the truth). Without a live connection the map works as before.
 */
export function useLiveTotals(
  arenaId: string,
  view: { data: ObjectsInViewQuery | undefined; bbox: number[] | undefined; refetch: () => Promise<void> },
  onObjectChanged?: (objectId: string) => void,
) {
  const [live, setLive] = useState<ReadonlyMap<string, Totals>>(() => new Map());
  useEffect(() => setLive(new Map()), [arenaId]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const { refetch } = view;
  const refetchSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refetch(), REFETCH_DELAY_MS);
  }, [refetch]);

  useSubscription(
    ObjectChangedSubscription,
    { arenaId },
    {
      onEvent: ({ objectChanged: { id, bbox, organizationCount, reportCount, totalImpact } }) => {
        setLive((previous) => new Map(previous).set(id, { organizationCount, reportCount, totalImpact }));
        const listed = view.data?.objects.edges.some(({ node }) => node.id === id) ?? false;
        if (!listed && view.bbox && overlaps(bbox, view.bbox)) refetchSoon();
        onObjectChanged?.(id);
      },
    },
  );
  return live;
}
