// Report submission under load: reportBottleneck with a new object each, every one with its own
// idempotencyKey, from the arena's member organizations in turn. Three phases per run: the offered
// rate (BENCH_REPORT_RATE, default 500 per second: the goal) evenly paced (bench/paced.cjs), the
// same rate through autocannon's overallRate (which sends each second's share in a burst over 32
// connections: kept for comparison with earlier runs), and an open one (as fast as
// BENCH_CONNECTIONS connections go: the ceiling). Every acknowledged report is counted in the
// database afterwards; what the benchmark wrote is removed again at the end.
const { randomUUID } = require('node:crypto');
const { load } = require('./load.cjs');
const { pacedLoad } = require('./paced.cjs');
const { median, prng, cpuMs, clusterCpu, clusterCpuSince, removeBenchReports } = require('./lib.cjs');

const TITLE_PREFIX = 'Bänkrapport ';
const MUTATION = 'mutation Report($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } object { id } } }';
const CATEGORIES = ['CAPACITY', 'SAFETY', 'CONDITION', 'ACCESSIBILITY'];

/** Builds one submission: a short road line somewhere in southern and central Sweden. */
function submission(arenaId, actor, takesOrganization, random) {
  const key = randomUUID();
  const lng = 12 + random() * 6;
  const lat = 56 + random() * 5;
  const input = {
    arenaId,
    title: `${TITLE_PREFIX}${key}`,
    problem: 'Köer vid påfarten i rusningstid; skrivet av prestandatestet.',
    category: CATEGORIES[Math.floor(random() * CATEGORIES.length)],
    impact: {
      delayHoursPerWeek: Math.round(random() * 400) / 10,
      extraCostSekPerYear: Math.round(random() * 1e6),
      freightTonnesPerYear: Math.round(random() * 1e5),
    },
    newObject: {
      name: `Bänkobjekt ${key.slice(0, 8)}`,
      kind: 'ROAD',
      modes: ['ROAD'],
      municipality: 'Bänkköping',
      externalRefs: ['E18'],
      geometry: {
        type: 'LineString',
        coordinates: [
          [lng, lat],
          [lng + 0.01, lat + 0.005],
          [lng + 0.02, lat + 0.004],
        ],
      },
    },
    idempotencyKey: key,
  };
  if (takesOrganization) input.organizationId = actor.organizationId;
  return JSON.stringify({ query: MUTATION, variables: { input } });
}

/** What each request sends and what is done with each answer, the same for every phase. */
function traffic(o, acknowledged, refused) {
  const random = prng(Date.now() & 0xffffffff);
  let next = 0;
  return {
    next: () => {
      const actor = o.actors[next++ % o.actors.length];
      const headers = { 'content-type': 'application/json' };
      if (actor.cookie) headers.cookie = actor.cookie;
      return { headers, body: submission(o.arenaId, actor, o.takesOrganization, random) };
    },
    onResponse: (status, body) => {
      let parsed = null;
      try {
        parsed = JSON.parse(body);
      } catch {
        // counted as refused below
      }
      const id = parsed?.data?.reportBottleneck?.report?.id;
      if (status === 200 && id) acknowledged.push(id);
      else {
        const code = parsed?.errors?.[0]?.extensions?.code ?? `HTTP ${status}`;
        refused.set(code, (refused.get(code) ?? 0) + 1);
      }
    },
  };
}

async function phase(o, name, loadOptions, acknowledged, refused) {
  const t = traffic(o, acknowledged, refused);
  const cpu0 = { server: cpuMs(o.serverPid), db: clusterCpu(o.postmasterPid) };
  const result = loadOptions.paced
    ? await pacedLoad({
        url: `${o.baseUrl}/graphql`,
        rate: loadOptions.overallRate,
        durationS: loadOptions.durationS,
        next: t.next,
        onResponse: t.onResponse,
      })
    : await load({
        url: `${o.baseUrl}/graphql`,
        connections: loadOptions.connections,
        durationS: loadOptions.durationS,
        overallRate: loadOptions.overallRate,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            setupRequest: (req) => {
              const { headers, body } = t.next();
              return { ...req, headers: { ...req.headers, ...headers }, body };
            },
            onResponse: t.onResponse,
          },
        ],
      });
  result.serverCpuMs = (cpuMs(o.serverPid) - cpu0.server) / (result.ok || 1);
  result.dbCpuMs = clusterCpuSince(o.postmasterPid, cpu0.db) / (result.ok || 1);
  const how = loadOptions.paced ? `${loadOptions.overallRate}/s evenly paced` : `offered ${loadOptions.overallRate ?? 'open'}`;
  o.log(
    `  reports ${name}: ${result.rps.toFixed(0)}/s over ${result.seconds.toFixed(1)} s (${how}), ` +
      `p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, non-2xx ${result.non2xx}, errors ${result.errors}; ` +
      `CPU/request: server ${result.serverCpuMs.toFixed(1)} ms, PostgreSQL ${result.dbCpuMs.toFixed(1)} ms`,
  );
  return result;
}

/**
 * @param {object} o baseUrl, serverPid, postmasterPid, arenaId, actors [{organizationId, cookie}], takesOrganization, rate,
 *   connections, durationS, runs, client (pg, for counting), log, mark (memory phase label)
 */
async function measureReports(o) {
  await removeBenchReports(o.client, o.arenaId, TITLE_PREFIX);
  const acknowledged = [];
  const refused = new Map();
  const paced = [];
  const rated = [];
  const open = [];
  // Warm-up, not counted in the figures (its reports are still checked in the database).
  await phase(o, 'warm-up', { connections: o.connections, durationS: 3 }, acknowledged, refused);
  for (let run = 1; run <= o.runs; run++) {
    paced.push(
      await phase(o, `run ${run}/${o.runs} paced`, { paced: true, overallRate: o.rate, durationS: o.durationS }, acknowledged, refused),
    );
    rated.push(
      await phase(
        o,
        `run ${run}/${o.runs} at ${o.rate}/s`,
        { connections: Math.max(32, o.connections), durationS: o.durationS, overallRate: o.rate },
        acknowledged,
        refused,
      ),
    );
    open.push(
      await phase(
        o,
        `run ${run}/${o.runs} open`,
        { connections: o.connections, durationS: Math.max(3, o.durationS / 2) },
        acknowledged,
        refused,
      ),
    );
  }
  // Every acknowledged report must be in the database, once.
  const { rows } = await o.client.query(`SELECT count(*)::int AS n FROM report WHERE id = ANY($1::uuid[])`, [acknowledged]);
  const duplicates = (
    await o.client.query(
      `SELECT count(*)::int AS n FROM (SELECT title FROM report WHERE arena_id = $1 AND title LIKE $2 GROUP BY title HAVING count(*) > 1) d`,
      [o.arenaId, `${TITLE_PREFIX}%`],
    )
  ).rows[0].n;
  const storedAll = (
    await o.client.query(`SELECT count(*)::int AS n FROM report WHERE arena_id = $1 AND title LIKE $2`, [o.arenaId, `${TITLE_PREFIX}%`])
  ).rows[0].n;
  const removed = await removeBenchReports(o.client, o.arenaId, TITLE_PREFIX);
  // Leave the tables as the next run expects them, not to autovacuum in the middle of its measuring.
  await o.client.query('VACUUM (ANALYZE) infrastructure_object, report, support, object_totals, idempotency_key, audit_entry');
  o.log(
    `  reports: ${acknowledged.length} acknowledged, ${rows[0].n} of them stored, ${storedAll} stored in all, ${duplicates} duplicated; removed ${removed} again`,
  );
  const m = (list, key) => median(list.map((r) => r[key]));
  return {
    rate: o.rate,
    paced: {
      serverCpuMs: m(paced, 'serverCpuMs'),
      dbCpuMs: m(paced, 'dbCpuMs'),
      rps: m(paced, 'rps'),
      p50: m(paced, 'p50'),
      p90: m(paced, 'p90'),
      p99: m(paced, 'p99'),
      max: m(paced, 'max'),
      non2xx: paced.reduce((s, r) => s + r.non2xx, 0),
      errors: paced.reduce((s, r) => s + r.errors, 0),
      runs: paced,
    },
    rated: {
      connections: rated[0]?.connections,
      serverCpuMs: m(rated, 'serverCpuMs'),
      dbCpuMs: m(rated, 'dbCpuMs'),
      rps: m(rated, 'rps'),
      p50: m(rated, 'p50'),
      p90: m(rated, 'p90'),
      p99: m(rated, 'p99'),
      max: m(rated, 'max'),
      non2xx: rated.reduce((s, r) => s + r.non2xx, 0),
      errors: rated.reduce((s, r) => s + r.errors + r.timeouts, 0),
      runs: rated,
    },
    open: {
      connections: open[0]?.connections,
      serverCpuMs: m(open, 'serverCpuMs'),
      dbCpuMs: m(open, 'dbCpuMs'),
      rps: m(open, 'rps'),
      p50: m(open, 'p50'),
      p90: m(open, 'p90'),
      p99: m(open, 'p99'),
      max: m(open, 'max'),
      non2xx: open.reduce((s, r) => s + r.non2xx, 0),
      errors: open.reduce((s, r) => s + r.errors + r.timeouts, 0),
      runs: open,
    },
    acknowledged: acknowledged.length,
    acknowledgedStored: rows[0].n,
    storedAll,
    duplicates,
    refused: Object.fromEntries(refused),
  };
}

module.exports = { measureReports };
