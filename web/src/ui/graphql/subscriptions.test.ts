/**
 * @jest-environment node
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { TypedDocumentNode } from '@urql/core';
import { buildSchema, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';

import { createGraphQLClient, subscriptionUrl } from './client';

// The event the map will subscribe to once the server has it; the schema here is the test's own.
const schema = buildSchema(`
  type Query { ok: Boolean }
  type ObjectChange { id: ID!, arenaId: ID! }
  type Subscription { objectChanged(arenaId: ID!): ObjectChange! }
`);
const ObjectChangedSubscription = parse(
  'subscription ObjectChanged($arenaId: ID!) { objectChanged(arenaId: $arenaId) { id arenaId } }',
) as unknown as TypedDocumentNode<{ objectChanged: { id: string; arenaId: string } }, { arenaId: string }>;

describe('subscriptions over graphql-ws', () => {
  let http: Server;
  let sockets: WebSocketServer;
  let url: string;
  const openSockets = () => sockets.clients.size;

  beforeAll(async () => {
    http = createServer();
    sockets = new WebSocketServer({ server: http, path: '/graphql' });
    useServer(
      {
        schema,
        roots: {
          subscription: {
            objectChanged: async function* ({ arenaId }: { arenaId: string }) {
              for (const id of ['o1', 'o2']) yield { objectChanged: { id, arenaId } };
            },
          },
        },
      },
      sockets,
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    sockets.clients.forEach((socket) => socket.terminate());
    await new Promise((resolve) => sockets.close(resolve));
    await new Promise((resolve) => http.close(resolve));
  });

  it('opens the socket with the first subscription (not before), delivers its events, and closes it with the app', async () => {
    const { client, dispose } = createGraphQLClient({ subscriptionUrl: url, webSocketImpl: WebSocket });
    expect(openSockets()).toBe(0);
    const events: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const { unsubscribe } = client.subscription(ObjectChangedSubscription, { arenaId: 'a1' }).subscribe((result) => {
        if (result.error) reject(result.error);
        if (result.data) events.push(`${result.data.objectChanged.arenaId}/${result.data.objectChanged.id}`);
        if (events.length === 2) {
          unsubscribe();
          resolve();
        }
      });
    });
    await done;
    expect(events).toEqual(['a1/o1', 'a1/o2']);
    // Closing the app closes its socket.
    dispose();
    for (let i = 0; i < 50 && openSockets() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openSockets()).toBe(0);
  });

  it('uses ws:// or wss:// of the page’s own origin and the /graphql path', () => {
    expect(subscriptionUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe('ws://localhost:4000/graphql');
    expect(subscriptionUrl({ protocol: 'https:', host: 'flaskhals.example' })).toBe('wss://flaskhals.example/graphql');
  });
});
