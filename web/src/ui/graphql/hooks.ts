import { useCallback, useEffect, useRef } from 'react';
import {
  type AnyVariables,
  type CombinedError,
  type TypedDocumentNode,
  useMutation as useUrqlMutation,
  type UseMutationState,
  useQuery as useUrqlQuery,
  useSubscription as useUrqlSubscription,
} from 'urql';

import { dataOrThrow } from './errors';

export interface QueryState<TResult> {
  data: TResult | undefined;
  loading: boolean;
  error: CombinedError | undefined;
  /** Asks the server again with the same variables; resolves when the new answer is in. */
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  /** Skip the request (e.g. until an id is known). */
  skip?: boolean;
}

/**
 * urql's useQuery with what the pages rely on. New variables (compared by value) start a new
 * request and tear down the one in flight, whose fetch urql aborts: a quick pan never shows the
 * objects of an older view. The data of the last successful answer stays while the next loads and
 * also when it fails (urql alone would drop it on an error). `refetch` resolves once answered.
 */
export function useQuery<TResult, TVariables extends AnyVariables>(
  query: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryState<TResult> {
  const paused = Boolean(options.skip);
  const [result, reexecute] = useUrqlQuery<TResult, TVariables>({ query, variables, pause: paused } as Parameters<
    typeof useUrqlQuery<TResult, TVariables>
  >[0]);
  const lastData = useRef<TResult | undefined>(undefined);
  if (result.data !== undefined) lastData.current = result.data;

  // Refetches waiting for their answer. urql does not send a query again while the same one is in
  // flight, so a refetch asked for then (e.g. after a mutation, while a live event's re-read runs)
  // waits behind that request and sends its own once it is answered: it resolves with data read
  // after it was asked for, never with the older answer, and never hangs.
  const fetching = useRef(result.fetching);
  fetching.current = result.fetching;
  const waiting = useRef<{ resolve: () => void; sawFetching: boolean; behind: boolean }[]>([]);
  useEffect(() => {
    if (waiting.current.length === 0) return;
    if (result.fetching) {
      waiting.current.forEach((w) => (w.sawFetching ||= !w.behind));
      return;
    }
    const done = waiting.current.filter((w) => w.sawFetching);
    waiting.current = waiting.current.filter((w) => !w.sawFetching);
    done.forEach((w) => w.resolve());
    const behind = waiting.current.filter((w) => w.behind);
    if (behind.length > 0) {
      behind.forEach((w) => (w.behind = false));
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [result.fetching, result.data, result.error, reexecute]);
  // Nobody waits for an answer that an unmounted page will never get.
  useEffect(() => () => waiting.current.splice(0).forEach((w) => w.resolve()), []);

  const refetch = useCallback(() => {
    if (paused) return Promise.resolve();
    return new Promise<void>((resolve) => {
      waiting.current.push({ resolve, sawFetching: false, behind: fetching.current });
      reexecute({ requestPolicy: 'network-only' });
    });
  }, [paused, reexecute]);

  return { data: lastData.current, loading: result.fetching, error: result.error, refetch };
}

export interface SubscriptionState<TResult> {
  /** The latest event, until the next one comes. */
  data: TResult | undefined;
  /** Why the subscription ended or never opened (no socket, refused); the page goes on without it. */
  error: CombinedError | undefined;
}

/**
 * Live events over graphql-ws (urql's useSubscription), e.g. objectChanged(arenaId) for the map.
 * `onEvent` runs after each event; the socket opens with the first subscription.
 */
export function useSubscription<TResult, TVariables extends AnyVariables>(
  subscription: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions & { onEvent?: (event: TResult) => void } = {},
): SubscriptionState<TResult> {
  const onEvent = useRef(options.onEvent);
  onEvent.current = options.onEvent;
  const [result] = useUrqlSubscription<TResult, TResult, TVariables>({
    query: subscription,
    variables,
    pause: Boolean(options.skip),
  } as Parameters<typeof useUrqlSubscription<TResult, TResult, TVariables>>[0]);
  // An effect, not urql's reducer: React may run reducers twice. Events that land in one render
  // are seen as the last of them, which is all a "something changed, read again" event needs.
  useEffect(() => {
    if (result.data !== undefined) onEvent.current?.(result.data);
  }, [result.data]);
  return { data: result.data, error: result.error };
}

/**
 * urql's useMutation as forms await it: `mutate(variables)` resolves with the data or rejects with
 * the CombinedError (field errors in its BAD_USER_INPUT extensions, see fieldErrorsOf).
 */
export function useMutation<TResult, TVariables extends AnyVariables>(
  mutation: TypedDocumentNode<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult>, UseMutationState<TResult, TVariables>] {
  const [state, execute] = useUrqlMutation<TResult, TVariables>(mutation);
  const mutate = useCallback((variables: TVariables) => execute(variables).then(dataOrThrow), [execute]);
  return [mutate, state];
}
