import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { Logger } from '@nestjs/common';

import { createArena, newObjectReport, REPORT_MUTATION } from '../../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';
import { freePort, killSpawned, sleep, startClusterProcess } from '../../../test/processes';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flaskhals-restart-'));
let port: number;
let cluster: Awaited<ReturnType<typeof startClusterProcess>>;
let flaskhals: RunningFlaskhals;

beforeAll(async () => {
  port = await freePort();
  cluster = await startClusterProcess(dataDir, port);
  flaskhals = await startFlaskhals({ databaseUrl: cluster.url });
}, 60_000);

afterAll(async () => {
  await flaskhals?.stop();
  await cluster?.stop();
  killSpawned();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('answers 503 and a clear GraphQL error while PostgreSQL is down, and works again within 5 s of it being back', async () => {
  const fixture = await createArena(flaskhals, 'restart', ['Provåkeriet AB']);
  expect((await fetch(`${flaskhals.url}/health`)).status).toBe(200);

  const warnings = jest.spyOn(Logger.prototype, 'warn');
  await cluster.stop();
  const health = await fetch(`${flaskhals.url}/health`);
  expect(health.status).toBe(503);
  const query = await fixture.asMember[0].graphql(`{ objects(filter: { arenaId: "${fixture.arena.id}" }) { totalCount } }`);
  expect(query.errors![0]).toMatchObject({
    message: 'The database is unavailable; try again shortly.',
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
  const write = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
  expect(write.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
  // Said in the log, once for the outage rather than once per request.
  const outageWarnings = warnings.mock.calls.filter(([message]) => String(message).includes('The database is unavailable'));
  expect(outageWarnings).toHaveLength(1);
  warnings.mockRestore();

  cluster = await startClusterProcess(dataDir, port);
  const back = Date.now();
  while ((await fetch(`${flaskhals.url}/health`)).status !== 200) {
    expect(Date.now() - back).toBeLessThan(5000);
    await sleep(100);
  }
  const again = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
  expect(again.errors).toBeUndefined();
  expect(Date.now() - back).toBeLessThan(5000);
}, 60_000);
