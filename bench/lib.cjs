// Helpers shared by the benchmark scripts: paths, the server's own compiled modules, free ports,
// child processes, resident memory and small statistics.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { createRequire } = require('node:module');

const ROOT = path.resolve(__dirname, '..');
const SERVER_DIST = path.join(ROOT, 'server', 'dist');

/** require() as the server resolves it: pg, typeorm, reflect-metadata are the server's dependencies. */
const serverRequire = createRequire(path.join(ROOT, 'server', 'package.json'));
/** require() from the repository root: playwright-core is a root devDependency. */
const rootRequire = createRequire(path.join(ROOT, 'package.json'));

function requireDist(relative) {
  const file = path.join(SERVER_DIST, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: build first (npm run build -w shared && npm run build -w server)`);
  }
  return require(file);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port in 20000–32000, checked on 127.0.0.1 and 0.0.0.0, never one already handed out. */
const handedOut = new Set();
function freePort() {
  return new Promise((resolve) => {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (handedOut.has(port)) return resolve(freePort());
    const probe = net.createServer();
    probe.once('error', () => resolve(freePort()));
    probe.listen(port, '0.0.0.0', () =>
      probe.close(() => {
        handedOut.add(port);
        resolve(port);
      }),
    );
  });
}

/** Resident set size of a process in MiB (VmRSS of /proc/PID/status), or null when it is gone. */
function rssMiB(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux x86-64

/** CPU time (user + system) a process has used so far, in ms; null when it is gone. */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU times (ms) of a PostgreSQL cluster's processes: the postmaster and its children, by pid. */
function clusterCpu(postmasterPid) {
  const times = new Map([[postmasterPid, cpuMs(postmasterPid) ?? 0]]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === postmasterPid)
        times.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // gone meanwhile
    }
  }
  return times;
}

/**
 * CPU (ms) the cluster used since `before` (a clusterCpu() snapshot): summed per process, new
 * processes from zero; a backend that exited meanwhile takes its share with it (a slight undercount).
 */
function clusterCpuSince(postmasterPid, before) {
  let total = 0;
  for (const [pid, ms] of clusterCpu(postmasterPid)) total += ms - (before.get(pid) ?? 0);
  return total;
}

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Deterministic PRNG (mulberry32): the same seed gives the same arena. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Removes audit entries the benchmark caused (the log is append-only for the app: its trigger is
 * set aside for this one statement, inside the caller's transaction). Without this every run left
 * ~70,000 entries behind, and later runs wrote into an ever larger log.
 */
async function removeBenchAuditEntries(client, where, params) {
  await client.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only');
  const { rowCount } = await client.query(`DELETE FROM audit_entry WHERE ${where}`, params);
  await client.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only');
  return rowCount;
}

/** Removes what a benchmark submitted (reports titled with its prefix): its reports, their new objects, their idempotency keys and audit entries. */
async function removeBenchReports(client, arenaId, titlePrefix) {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(`SELECT id, object_id FROM report WHERE arena_id = $1 AND title LIKE $2`, [
      arenaId,
      `${titlePrefix}%`,
    ]);
    const objects = rows.map((r) => r.object_id);
    await client.query(`DELETE FROM object_event WHERE report_id = ANY($1::uuid[]) OR object_id = ANY($2::uuid[])`, [
      rows.map((r) => r.id),
      objects,
    ]);
    await client.query(`DELETE FROM support WHERE report_id = ANY($1::uuid[]) OR object_id = ANY($2::uuid[])`, [
      rows.map((r) => r.id),
      objects,
    ]);
    await client.query(`DELETE FROM report WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    await client.query(
      `DELETE FROM infrastructure_object o WHERE o.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id)`,
      [objects],
    );
    await client.query(`DELETE FROM idempotency_key WHERE arena_id = $1 AND operation = 'reportBottleneck'`, [arenaId]);
    await removeBenchAuditEntries(client, 'arena_id = $1 AND entity_id = ANY($2::uuid[])', [
      arenaId,
      [...rows.map((r) => r.id), ...objects],
    ]);
    await client.query('COMMIT');
    return objects.length;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** One GraphQL request to the bench's server, as the person of `cookie`; throws on errors. */
async function graphql(url, cookie, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A graphql-ws client on the server's /graphql, signed in by `cookie` (none: a visitor); resolves once acknowledged. */
async function connectedSocket(baseUrl, cookie) {
  const { createClient } = serverRequire('graphql-ws');
  const WebSocket = serverRequire('ws');
  const headers = cookie ? { cookie } : {};
  class CookieWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieWebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
  await new Promise((resolve, reject) => {
    const off = [
      client.on('connected', () => (off.forEach((f) => f()), resolve())),
      client.on('closed', (e) => (off.forEach((f) => f()), reject(new Error(`closed ${e?.code}`)))),
    ];
  });
  return client;
}

module.exports = {
  connectedSocket,
  graphql,
  removeBenchReports,
  removeBenchAuditEntries,
  ROOT,
  SERVER_DIST,
  serverRequire,
  rootRequire,
  requireDist,
  sleep,
  freePort,
  rssMiB,
  cpuMs,
  clusterCpu,
  clusterCpuSince,
  median,
  percentile,
  prng,
};
