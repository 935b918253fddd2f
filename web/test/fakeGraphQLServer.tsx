import type { ReactNode } from 'react';

import { createGraphQLClient, GraphQLProvider } from '../src/ui/graphql';

/** One request the app's client sent, answered when the test wants (to order answers). */
export interface PendingRequest {
  operationName: string;
  variables: Record<string, unknown>;
  init: RequestInit;
  aborted: () => boolean;
  answer: (body: unknown, status?: number) => void;
}

/**
 * The app's real GraphQL client (urql, its exchanges and fetch options) with the network replaced:
 * each request waits in `requests` until the test answers it.
 */
export function fakeGraphQLServer() {
  const requests: PendingRequest[] = [];
  const fetch = jest.fn(
    (_url: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((resolve, reject) => {
        const body = JSON.parse(String(init.body)) as { operationName: string; variables?: Record<string, unknown> };
        init.signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted', 'AbortError')));
        requests.push({
          operationName: body.operationName,
          variables: body.variables ?? {},
          init,
          aborted: () => Boolean(init.signal?.aborted),
          answer: (json, status = 200) =>
            resolve({
              status,
              statusText: status === 200 ? 'OK' : 'Bad Request',
              headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
              text: async () => JSON.stringify(json),
            } as Response),
        });
      }),
  );
  // Port 9 (discard): a subscription would find no socket server, as before the server takes them.
  const { client, dispose } = createGraphQLClient({
    url: 'http://localhost/graphql',
    fetch: fetch as unknown as typeof globalThis.fetch,
    subscriptionUrl: 'ws://127.0.0.1:9/graphql',
  });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphQLProvider client={client}>{children}</GraphQLProvider>;
  const named = (operationName: string) => requests.filter((r) => r.operationName === operationName);
  const latest = (operationName: string) => named(operationName).at(-1)!;
  return { requests, fetch, client, dispose, wrapper, named, latest };
}
