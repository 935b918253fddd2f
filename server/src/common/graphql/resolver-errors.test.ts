import { Logger } from '@nestjs/common';

import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';
import { ObjectsService } from '../../objects/objects.service';

let flaskhals: RunningFlaskhals;
let errors: jest.SpyInstance;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
});
afterAll(() => flaskhals.stop());
beforeEach(() => {
  errors = jest.spyOn(Logger.prototype, 'error');
});
afterEach(() => jest.restoreAllMocks());

const logged = () => errors.mock.calls.map((args) => String(args[0] instanceof Error ? args[0].message : args[0]));

describe('errors', () => {
  it('meant for the client reach it without an ERROR in the server log: bad input in a query and a mutation, not signed in', async () => {
    // An empty database: no arena to fall back on.
    const query = await flaskhals.graphql(`{ objects(filter: { bbox: [10, 55, 20, 70] }, first: 5) { totalCount } }`);
    expect(query.errors?.[0]).toMatchObject({
      message: 'filter.arenaId is required',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.arenaId' },
    });
    const signIn = await flaskhals.graphql(`mutation { signIn(email: "ingen@example.test", password: "fel-lösenord") { id } }`);
    expect(signIn.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const report = await flaskhals.graphql(`mutation { withdrawReport(reportId: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(report.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(logged()).toEqual([]);
  });

  it('not expected are logged once, with their stack, and the client is told only that something went wrong', async () => {
    jest.spyOn(ObjectsService.prototype, 'list').mockRejectedValue(new Error('disk on fire'));
    const res = await flaskhals.graphql(`{ objects(first: 5) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // Once, with its stack (formatGraphQLError), not again by Nest's handler for each execution.
    const lines = logged().filter((line) => line.includes('disk on fire'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\n\s+at /);
  });

  it('of HTTP routes stay with Nest: an unknown route answers 404 as JSON', async () => {
    const res = await fetch(`${flaskhals.url}/no-such-route`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404, message: 'Cannot POST /no-such-route' });
  });
});
