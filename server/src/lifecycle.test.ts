import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';

import { Client } from 'pg';

import { exitOf, freePort, killSpawned, SERVER_DIR, spawnUntil } from '../test/processes';

const MAIN = path.join(SERVER_DIR, 'dist', 'main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flaskhals-lifecycle-'));
let env: Record<string, string>;

beforeAll(async () => {
  env = {
    FLASKHALS_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    TILE_URL: '',
    RATE_LIMIT_MUTATIONS: '100000',
  };
});
afterAll(() => {
  killSpawned();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const start = () => spawnUntil([MAIN], env, /Flaskhals is ready/);

/** A POST on a connection of its own, so closing the server refuses new requests instead of racing keep-alive. */
function post(body: unknown, cookie?: string): Promise<{ status: number; json: any; cookie?: string } | { error: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) };
    const req = http.request(
      { host: '127.0.0.1', port: Number(env.PORT), path: '/graphql', method: 'POST', agent: false, headers },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, json: JSON.parse(text), cookie: res.headers['set-cookie']?.[0]?.split(';')[0] }),
        );
        res.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
      },
    );
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end(JSON.stringify(body));
  });
}

function postgresOf(dir: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(path.join(dir, 'postgres'));
      } catch {
        return false;
      }
    })
    .map(Number);
}

it('on SIGTERM finishes in-flight writes, stops the embedded database, and every acknowledged write is kept', async () => {
  const { child } = await start();
  const signIn = await post({ query: 'mutation { signIn(email: "medlem@ila.example", password: "flaskhals-demo") { id } }' });
  if (!('json' in signIn)) throw new Error(signIn.error);
  const cookie = signIn.cookie!;
  const ids = await post({ query: '{ arena { id } }' }, cookie);
  if (!('json' in ids)) throw new Error(ids.error);
  const arenaId = ids.json.data.arena.id;
  const mutation = 'mutation($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } } }';
  const writes = Array.from({ length: 40 }, (_, i) =>
    post(
      {
        query: mutation,
        variables: {
          input: {
            arenaId,
            title: `Avstängning ${i}`,
            problem: 'Test',
            category: 'CAPACITY',
            impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 1, freightTonnesPerYear: 1 },
            newObject: {
              name: `Nedstängningsobjekt ${i}`,
              kind: 'ROAD',
              modes: ['ROAD'],
              geometry: { type: 'Point', coordinates: [16 + i / 100, 59.5] },
            },
          },
        },
      },
      cookie,
    ),
  );
  await new Promise((r) => setTimeout(r, 30));
  child.kill('SIGTERM');
  const results = await Promise.all(writes);
  expect(await exitOf(child)).toBe(0);
  expect(postgresOf(dataDir)).toEqual([]);

  const acknowledged = results.flatMap((r) => ('json' in r && r.json.data ? [r.json.data.reportBottleneck.report.id as string] : []));
  expect(acknowledged.length).toBeGreaterThan(0);
  // A request refused at the door (ECONNREFUSED/ECONNRESET before it was read) wrote nothing.
  for (const r of results) if ('error' in r) expect(['ECONNREFUSED', 'ECONNRESET']).toContain(r.error);

  const again = await start();
  const db = new Client({ connectionString: `postgresql://flaskhals:flaskhals-local@127.0.0.1:${env.EMBEDDED_PG_PORT}/flaskhals` });
  await db.connect();
  const { rows } = await db.query(`SELECT id FROM report WHERE title LIKE 'Avstängning %'`);
  await db.end();
  // Every write that reached the database was answered, and every answered write is there.
  expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
  again.child.kill('SIGINT');
  expect(await exitOf(again.child)).toBe(0);
}, 120_000);

it('on SIGTERM lets a write whose client hung up finish before the database stops', async () => {
  const { child } = await start();
  const signIn = await post({ query: 'mutation { signIn(email: "kansli@ila.example", password: "flaskhals-demo") { id } }' });
  if (!('json' in signIn)) throw new Error(signIn.error);
  const url = `postgresql://flaskhals:flaskhals-local@127.0.0.1:${env.EMBEDDED_PG_PORT}/flaskhals`;

  // Hold a report's row, so the staff's edit of it waits in its transaction while its client hangs up.
  const blocker = new Client({ connectionString: url });
  await blocker.connect();
  await blocker.query('BEGIN');
  const [{ id: reportId }] = (
    await blocker.query(
      `SELECT r.id FROM report r JOIN arena a ON a.id = r.arena_id WHERE a.slug = 'ila-vastmanland' LIMIT 1 FOR UPDATE OF r`,
    )
  ).rows;
  const request = http.request({
    host: '127.0.0.1',
    port: Number(env.PORT),
    path: '/graphql',
    method: 'POST',
    agent: false,
    headers: { 'Content-Type': 'application/json', Cookie: signIn.cookie! },
  });
  request.on('error', () => undefined);
  request.end(
    JSON.stringify({
      query: 'mutation($input: UpdateReportInput!) { updateReport(input: $input) { id } }',
      variables: { input: { reportId, title: 'Övergiven ändring' } },
    }),
  );
  await new Promise((r) => setTimeout(r, 500));
  request.destroy();
  await new Promise((r) => setTimeout(r, 200));
  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await blocker.query('COMMIT');
  await blocker.end();
  expect(await exitOf(child)).toBe(0);

  const again = await start();
  const db = new Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query('SELECT title FROM report WHERE id = $1', [reportId]);
  await db.end();
  expect(rows).toEqual([{ title: 'Övergiven ändring' }]);
  again.child.kill('SIGINT');
  expect(await exitOf(again.child)).toBe(0);
}, 120_000);

it('recovers by itself after the server was killed with SIGKILL (stale lock, orphaned database)', async () => {
  const { child } = await start();
  child.kill('SIGKILL');
  await exitOf(child);
  expect(postgresOf(dataDir).length).toBeGreaterThan(0);
  const again = await start();
  const health = await fetch(`http://127.0.0.1:${env.PORT}/health`);
  expect(health.status).toBe(200);
  again.child.kill('SIGINT');
  expect(await exitOf(again.child)).toBe(0);
  expect(postgresOf(dataDir)).toEqual([]);
}, 120_000);

it('refuses to start with a wrong setting and names the variable', async () => {
  await expect(spawnUntil([MAIN], { ...env, PORT: 'fyratusen' }, /never/)).rejects.toThrow(/exited with 1[\s\S]*PORT="fyratusen"/);
});
