#!/usr/bin/env node
// `npm run test:crash`: under a write load, kills the server with SIGKILL at random moments (20 times
// by default), restarts it, retries unanswered submissions with their idempotency keys, and checks
// that every acknowledged report is in the database exactly once and no object is half-written.
const { spawn } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const WORKERS = Number(process.env.CRASH_WORKERS ?? 8);
const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flaskhals-crash-'));

const freePort = () =>
  new Promise((resolve) => {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const s = net.createServer();
    s.once('error', () => resolve(freePort()));
    s.listen(port, '0.0.0.0', () => s.close(() => resolve(port)));
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let env;
let server = null;

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Flaskhals is ready')) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before ready:\n${output}`)));
  });
}

let cookie = '';

async function graphql(query, variables) {
  const response = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

const MUTATION = 'mutation($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } object { id } } }';

async function main() {
  env = {
    FLASKHALS_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'error',
    TILE_URL: '',
    RATE_LIMIT_MUTATIONS: '10000000',
  };
  server = await startServer();
  // Writes act for a signed-in user: the demo member (sessions live in PostgreSQL, so they survive the kills).
  const signIn = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "medlem@ila.example", password: "flaskhals-demo") { id } }' }),
  });
  cookie = signIn.headers.get('set-cookie').split(';')[0];
  const ids = await graphql('{ arena { id } }');
  const arenaId = ids.data.arena.id;

  const acknowledged = new Map(); // key -> report id
  const pending = new Map(); // key -> input, not answered yet
  let attempts = 0;
  let running = true;

  async function submit(key, input) {
    attempts += 1;
    try {
      const result = await graphql(MUTATION, { input });
      if (result.data) {
        const previous = acknowledged.get(key);
        if (previous && previous !== result.data.reportBottleneck.report.id)
          throw new Error(`key ${key} answered with two different reports`);
        acknowledged.set(key, result.data.reportBottleneck.report.id);
        pending.delete(key);
      } else if (result.errors?.some((e) => e.extensions?.code !== 'SERVICE_UNAVAILABLE')) {
        throw new Error(`unexpected error: ${JSON.stringify(result.errors)}`);
      }
    } catch (error) {
      if (error.message?.startsWith('unexpected') || error.message?.startsWith('key')) throw error;
      // Connection refused or cut by the kill: unanswered; retried later with the same key.
      await sleep(100);
    }
  }

  async function worker(n) {
    let i = 0;
    while (running) {
      const retry = pending.entries().next().value;
      if (retry && Math.random() < 0.5) {
        await submit(retry[0], retry[1]);
        continue;
      }
      const key = randomUUID();
      const input = {
        arenaId,
        title: `Krasch ${key}`,
        problem: 'Skriven under krasch-testet',
        category: 'CAPACITY',
        impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 100, freightTonnesPerYear: 10 },
        newObject: {
          name: `Kraschobjekt ${n}-${i++}`,
          kind: 'ROAD',
          modes: ['ROAD'],
          geometry: {
            type: 'LineString',
            coordinates: [
              [16 + Math.random(), 59 + Math.random()],
              [16.1, 59.1],
            ],
          },
        },
        idempotencyKey: key,
      };
      pending.set(key, input);
      await submit(key, input);
    }
  }

  const workers = Array.from({ length: WORKERS }, (_, n) => worker(n));
  for (let kill = 1; kill <= KILLS; kill++) {
    await sleep(200 + Math.random() * 1300);
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    process.stdout.write(`kill ${kill}/${KILLS}: ${acknowledged.size} acknowledged so far\n`);
    server = await startServer();
  }
  running = false;
  const stopping = Date.now();
  await Promise.all(workers);
  process.stdout.write(`load stopped in ${Date.now() - stopping} ms\n`);
  for (const [key, input] of [...pending]) await submit(key, input); // answer what is left

  const db = new Client({ connectionString: `postgresql://flaskhals:flaskhals-local@127.0.0.1:${env.EMBEDDED_PG_PORT}/flaskhals` });
  await db.connect();
  const { rows } = await db.query(
    `SELECT title, count(*)::int AS n, min(id::text) AS id FROM report WHERE title LIKE 'Krasch %' GROUP BY title`,
  );
  const stored = new Map(rows.map((r) => [r.title.slice('Krasch '.length), r]));
  const lost = [...acknowledged.keys()].filter((key) => !stored.has(key)).length;
  const duplicated = rows.filter((r) => r.n > 1).length;
  const mismatched = [...acknowledged].filter(([key, id]) => stored.get(key) && stored.get(key).id !== id).length;
  const halfWritten = (
    await db.query(
      `SELECT count(*)::int AS n FROM infrastructure_object o WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id)`,
    )
  ).rows[0].n;
  await db.end();
  server.kill('SIGINT');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });

  console.log(
    `kills: ${KILLS}, requests: ${attempts}, acknowledged: ${acknowledged.size}, stored: ${rows.length}, lost: ${lost}, duplicated: ${duplicated}, answered with another id: ${mismatched}, half-written objects: ${halfWritten}, never answered: ${pending.size}`,
  );
  if (lost || duplicated || mismatched || halfWritten || pending.size) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  server?.kill('SIGKILL');
  process.exit(1);
});
