import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { startFlaskhals, type RunningFlaskhals } from '../../../test/harness';

let flaskhals: RunningFlaskhals;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
});
afterAll(() => flaskhals.stop());

it('hands Express requests and responses that already have its prototypes, so that it does not change them per request', async () => {
  const express = flaskhals.app.getHttpAdapter().getInstance() as { request: object; response: object };
  const server = flaskhals.app.getHttpServer() as Server;
  const seen: { request: object | null; response: object | null }[] = [];
  // Runs before Express's own listener: what Node's server created, before Express touches it.
  const probe = (req: IncomingMessage, res: ServerResponse) => seen.push({ request: Object.getPrototypeOf(req), response: Object.getPrototypeOf(res) });
  server.prependListener('request', probe);
  try {
    const health = await fetch(`${flaskhals.url}/health`);
    expect(health.status).toBe(200);
    const answer = await flaskhals.graphql('{ __typename }');
    expect(answer.data).toEqual({ __typename: 'Query' });
  } finally {
    server.removeListener('request', probe);
  }
  expect(seen).toHaveLength(2);
  for (const prototypes of seen) {
    expect(prototypes.request).toBe(express.request);
    expect(prototypes.response).toBe(express.response);
  }
});
