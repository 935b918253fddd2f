import { useCallback, useEffect, useRef, useState } from 'react';
import { executeOperation, GraphQLRequestError, type Operation } from './client';

export interface QueryState<TResult> {
  data: TResult | undefined;
  loading: boolean;
  error: GraphQLRequestError | undefined;
  /** Runs the query again with the same variables; resolves when the new data is in. */
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  /** Skip the request (e.g. until an id is known). */
  skip?: boolean;
}

function asRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError
    ? error
    : new GraphQLRequestError('network', error instanceof Error ? error.message : String(error));
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Runs a query whenever its variables change (compared by value). A newer request aborts the
 * one in flight, so a quick pan never shows the objects of an older view. Data of the last
 * successful request stays visible while the next one loads.
 */
export function useQuery<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryState<TResult> {
  const variablesKey = JSON.stringify(variables ?? {});
  const [data, setData] = useState<TResult>();
  const [error, setError] = useState<GraphQLRequestError>();
  const [loading, setLoading] = useState(!options.skip);
  const [generation, setGeneration] = useState(0);
  const waiters = useRef<Array<() => void>>([]);

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    executeOperation(operation, JSON.parse(variablesKey) as TVariables, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch((cause: unknown) => {
        if (!isAbort(cause)) setError(asRequestError(cause));
      })
      .finally(() => {
        if (controller.signal.aborted) return;
        setLoading(false);
        const done = waiters.current;
        waiters.current = [];
        done.forEach((resolve) => resolve());
      });
    return () => controller.abort();
  }, [operation, variablesKey, options.skip, generation]);

  const refetch = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiters.current.push(resolve);
        setGeneration((g) => g + 1);
      }),
    [],
  );

  return { data, loading, error, refetch };
}

export interface MutationState<TResult> {
  data: TResult | undefined;
  loading: boolean;
  error: GraphQLRequestError | undefined;
  reset: () => void;
}

/** A mutation runner: `mutate(variables)` resolves with the result or rejects with a GraphQLRequestError. */
export function useMutation<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult>, MutationState<TResult>] {
  const [data, setData] = useState<TResult>();
  const [error, setError] = useState<GraphQLRequestError>();
  const [loading, setLoading] = useState(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const mutate = useCallback(
    async (variables: TVariables) => {
      setLoading(true);
      setError(undefined);
      try {
        const result = await executeOperation(operation, variables);
        if (mounted.current) setData(result);
        return result;
      } catch (cause) {
        const requestError = asRequestError(cause);
        if (mounted.current) setError(requestError);
        throw requestError;
      } finally {
        if (mounted.current) setLoading(false);
      }
    },
    [operation],
  );

  const reset = useCallback(() => {
    setData(undefined);
    setError(undefined);
  }, []);

  return [mutate, { data, loading, error, reset }];
}
