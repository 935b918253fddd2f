import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';

/** Queries and mutations go to this path of the page's own origin; subscriptions to the same path over WebSocket. */
export const GRAPHQL_PATH = '/graphql';

/** ws://host/graphql for a page served over http, wss:// for https. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>, path = GRAPHQL_PATH): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * Gives up on the socket after this many reconnection attempts: a server that does not (yet) take
 * subscriptions costs a few quiet retries per subscription, not a stream of failures.
 */
const SOCKET_RETRY_ATTEMPTS = 3;

export interface GraphQLClientOptions {
  /** Defaults to /graphql of the page's origin. */
  url?: string;
  /** Defaults to ws(s)://<the page's host>/graphql. */
  subscriptionUrl?: string;
  /** Defaults to the browser's fetch; tests pass one that answers when they want. */
  fetch?: typeof fetch;
  /** Defaults to the browser's WebSocket; Node (tests) passes ws's. */
  webSocketImpl?: unknown;
}

/**
 * The app's GraphQL client (urql). Queries and mutations are POSTed as JSON: Apollo's CSRF
 * prevention refuses GETs and text/plain bodies without a preflight-forcing header, so the content
 * type is always application/json (urql would send short queries as GET by default). The session
 * is an httpOnly cookie of this origin, sent along by fetch and by the WebSocket handshake.
 *
 * No cache exchange: every query asks the server, as the map, lists and forms expect after a write.
 * The socket opens lazily, with the first subscription, and closes when the last one ends.
 */
export function createGraphQLClient(options: GraphQLClientOptions = {}): { client: Client; dispose: () => void } {
  let socket: WsClient | undefined;
  const sockets = () =>
    (socket ??= createWsClient({
      url: options.subscriptionUrl ?? subscriptionUrl(window.location),
      lazy: true,
      retryAttempts: SOCKET_RETRY_ATTEMPTS,
      webSocketImpl: options.webSocketImpl,
    }));

  const client = new Client({
    url: options.url ?? GRAPHQL_PATH,
    fetch: options.fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/json' } },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sockets().subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  // StrictMode mounts twice: a disposed socket is made anew by the next subscription.
  const dispose = () => {
    void socket?.dispose();
    socket = undefined;
  };
  return { client, dispose };
}
