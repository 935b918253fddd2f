import { Client } from 'pg';

import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';

let flaskhals: RunningFlaskhals;
beforeAll(async () => {
  flaskhals = await startFlaskhals();
});
afterAll(() => flaskhals.stop());

it('answers 200 while the database is reachable and 503 when it is not', async () => {
  const ok = await fetch(`${flaskhals.url}/health`);
  expect(ok.status).toBe(200);
  expect(await ok.json()).toMatchObject({ status: 'ok', database: 'up' });

  // Take the database away under the running server: its connections are cut and new ones refused.
  const name = new URL(flaskhals.databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
  try {
    const down = await fetch(`${flaskhals.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', database: 'down' });

    const query = await flaskhals.graphql('{ objects { totalCount } }');
    expect(query.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
  } finally {
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
  const back = await fetch(`${flaskhals.url}/health`);
  expect(back.status).toBe(200);
});

it('logs nothing secret and answers GraphQL over POST with JSON only (CSRF prevention)', async () => {
  const res = await fetch(`${flaskhals.url}/graphql?query=${encodeURIComponent('{ appConfig { tileUrl } }')}`);
  expect(res.status).toBe(400);
  const post = await flaskhals.graphql('{ appConfig { tileUrl tileAttribution } }');
  expect(post.data).toEqual({ appConfig: { tileUrl: null, tileAttribution: '© OpenStreetMap contributors' } });
});
