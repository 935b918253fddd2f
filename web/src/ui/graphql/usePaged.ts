import { useCallback, useState } from 'react';
import { type AnyVariables, type TypedDocumentNode, useClient } from 'urql';

import { dataOrThrow } from './errors';
import { type QueryOptions, useQuery } from './hooks';

interface Connection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: TNode }[];
}

/**
 * A server-paged list: the first page by useQuery, further pages ("Visa fler") by the server's
 * cursor, appended. A new first page (other variables, a refetch) starts the list anew.
 */
export function usePaged<TResult, TVariables extends AnyVariables & { after?: string | null }, TNode>(
  operation: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  pick: (result: TResult) => Connection<TNode>,
  options: QueryOptions = {},
) {
  const client = useClient();
  const query = useQuery(operation, variables, options);
  const [more, setMore] = useState<{ base: TResult; nodes: TNode[]; pageInfo: Connection<TNode>['pageInfo'] }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState(false);
  const first = query.data ? pick(query.data) : undefined;
  const extra = more && more.base === query.data ? more : undefined;
  const nodes = first ? [...first.edges.map((e) => e.node), ...(extra?.nodes ?? [])] : [];
  const pageInfo = extra?.pageInfo ?? first?.pageInfo;
  const variablesKey = JSON.stringify(variables);

  const loadMore = useCallback(async () => {
    if (!query.data || !pageInfo?.endCursor) return;
    const base = query.data;
    setLoadingMore(true);
    setMoreError(false);
    try {
      const variablesAfter = { ...(JSON.parse(variablesKey) as TVariables), after: pageInfo.endCursor };
      const result = dataOrThrow(await client.query(operation, variablesAfter).toPromise());
      const page = pick(result);
      setMore((m) => ({
        base,
        nodes: [...(m && m.base === base ? m.nodes : []), ...page.edges.map((e) => e.node)],
        pageInfo: page.pageInfo,
      }));
    } catch {
      setMoreError(true);
    } finally {
      setLoadingMore(false);
    }
    // pick is a plain accessor; its identity does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, query.data, pageInfo?.endCursor, operation, variablesKey]);

  return {
    nodes,
    totalCount: first?.totalCount ?? 0,
    hasMore: Boolean(pageInfo?.hasNextPage),
    loaded: Boolean(first),
    loading: query.loading,
    error: query.error,
    moreError,
    loadingMore,
    loadMore,
    refetch: query.refetch,
  };
}
