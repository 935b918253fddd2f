// The viewport query side by side: Flaskhals' GraphQL API, the limit (the same SQL through
// node-postgres, JSON over node:http) and the peer (PostGraphile 5 over the same tables). Each run
// loads every target in turn (the order rotates between runs): first with one connection (the
// latency a user sees, no queueing), then with BENCH_CONNECTIONS connections (the throughput).
const { load } = require('./load.cjs');
const { median, cpuMs, clusterCpu, clusterCpuSince } = require('./lib.cjs');

/** Västmanland county (incl. Eskilstuna's edge) and two filters that leave well over 500 objects. */
const VIEWPORT = {
  name: 'Västmanland',
  bbox: [15.4, 59.2, 17.0, 60.2],
  kinds: ['ROAD', 'RAIL_SEGMENT'],
  statuses: ['REPORTED', 'CONFIRMED', 'PRIORITIZED'],
  first: 500,
};

const FLASKHALS_QUERY = `query Viewport($filter: ObjectFilter, $first: Int) {
  objects(filter: $filter, first: $first) {
    totalCount
    edges { node { id name kind status totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } organizationCount } }
  }
}`;

const PEER_QUERY = `query Viewport($arena: UUID!, $minLng: Float, $minLat: Float, $maxLng: Float, $maxLat: Float, $kinds: [String], $statuses: [String], $first: Int) {
  benchViewport(arena: $arena, minLng: $minLng, minLat: $minLat, maxLng: $maxLng, maxLat: $maxLat, kinds: $kinds, statuses: $statuses, first: $first) {
    totalCount
    edges { node { rowId name kind status objectTotalByObjectId { membersDelayHoursPerWeek membersExtraCostSekPerYear membersFreightTonnesPerYear membersOrganizations } } }
  }
}`;

function targets({ arenaId, urls, cookie }) {
  const filter = { arenaId, bbox: VIEWPORT.bbox, kinds: VIEWPORT.kinds, statuses: VIEWPORT.statuses };
  const [minLng, minLat, maxLng, maxLat] = VIEWPORT.bbox;
  return [
    {
      key: 'flaskhals',
      label: 'Flaskhals (GraphQL, production build)',
      url: `${urls.flaskhals}/graphql`,
      headers: cookie ? { cookie } : {},
      body: JSON.stringify({ query: FLASKHALS_QUERY, variables: { filter, first: VIEWPORT.first } }),
      rows: (json) =>
        json.data.objects.edges.map(({ node: n }) => ({
          id: n.id,
          name: n.name,
          d: n.totalImpact.delayHoursPerWeek,
          c: n.totalImpact.extraCostSekPerYear,
          t: n.totalImpact.freightTonnesPerYear,
          o: n.organizationCount,
        })),
      total: (json) => json.data.objects.totalCount,
    },
    {
      key: 'limit',
      label: 'limit (same SQL, node-postgres, node:http)',
      url: `${urls.limit}/viewport`,
      headers: {},
      body: JSON.stringify({ filter, first: VIEWPORT.first }),
      rows: (json) =>
        json.data.objects.edges.map(({ node: n }) => ({
          id: n.id,
          name: n.name,
          d: n.totalImpact.delayHoursPerWeek,
          c: n.totalImpact.extraCostSekPerYear,
          t: n.totalImpact.freightTonnesPerYear,
          o: n.organizationCount,
        })),
      total: (json) => json.data.objects.totalCount,
    },
    {
      key: 'postgraphile',
      label: 'PostGraphile 5 (peer)',
      url: `${urls.postgraphile}/graphql`,
      headers: {},
      body: JSON.stringify({
        query: PEER_QUERY,
        variables: {
          arena: arenaId,
          minLng,
          minLat,
          maxLng,
          maxLat,
          kinds: VIEWPORT.kinds,
          statuses: VIEWPORT.statuses,
          first: VIEWPORT.first,
        },
      }),
      rows: (json) =>
        json.data.benchViewport.edges.map(({ node: n }) => {
          const totals = n.objectTotalByObjectId ?? {
            membersDelayHoursPerWeek: 0,
            membersExtraCostSekPerYear: 0,
            membersFreightTonnesPerYear: 0,
            membersOrganizations: 0,
          };
          return {
            id: n.rowId,
            name: n.name,
            d: totals.membersDelayHoursPerWeek,
            c: totals.membersExtraCostSekPerYear,
            t: totals.membersFreightTonnesPerYear,
            o: totals.membersOrganizations,
          };
        }),
      total: (json) => json.data.benchViewport.totalCount,
    },
  ];
}

/** All three must give the same answer: same count, same 500 objects in the same order, same sums. */
async function checkSameAnswer(list) {
  const answers = [];
  for (const t of list) {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body: t.body });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${t.label} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    if (!response.ok || json.errors) throw new Error(`${t.label} answered ${response.status}: ${text.slice(0, 1000)}`);
    answers.push({ t, total: t.total(json), rows: t.rows(json), bytes: Buffer.byteLength(text) });
  }
  const [first, ...rest] = answers;
  const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  for (const other of rest) {
    if (other.total !== first.total) throw new Error(`totalCount differs: ${first.t.key} ${first.total}, ${other.t.key} ${other.total}`);
    if (other.rows.length !== first.rows.length)
      throw new Error(`page size differs: ${first.t.key} ${first.rows.length}, ${other.t.key} ${other.rows.length}`);
    first.rows.forEach((r, i) => {
      const s = other.rows[i];
      if (r.id !== s.id || r.o !== s.o || !close(r.d, s.d) || !close(r.c, s.c) || !close(r.t, s.t)) {
        throw new Error(`row ${i} differs: ${first.t.key} ${JSON.stringify(r)}, ${other.t.key} ${JSON.stringify(s)}`);
      }
    });
  }
  return { totalCount: first.total, page: first.rows.length, bytes: Object.fromEntries(answers.map((a) => [a.t.key, a.bytes])) };
}

/**
 * @param {object} o arenaId, urls {flaskhals, limit, postgraphile}, pids (same keys), postmasterPid,
 *   cookie (Flaskhals session or null), runs, durationS, latencyS, connections, log, mark(label)
 *   for the memory sampler
 */
async function measureViewport(o) {
  const list = targets(o);
  const answer = await checkSameAnswer(list);
  o.log(
    `  viewport ${VIEWPORT.name} ${JSON.stringify(VIEWPORT.bbox)}: ${answer.totalCount} objects pass the filters; the three answer the same ${answer.page} objects and sums`,
  );
  if (answer.totalCount < VIEWPORT.first)
    throw new Error(`only ${answer.totalCount} objects in the viewport: the benchmark needs at least ${VIEWPORT.first}`);
  const results = Object.fromEntries(list.map((t) => [t.key, { latency: [], throughput: [] }]));
  // Warm-up of every target (JIT, caches, pools), not counted.
  for (const t of list) {
    o.mark(`viewport warm-up ${t.key}`);
    await load({ url: t.url, headers: t.headers, body: t.body, connections: o.connections, durationS: 3 });
  }
  for (let run = 0; run < o.runs; run++) {
    const order = list.map((_, i) => list[(i + run) % list.length]);
    for (const t of order) {
      o.mark(`viewport ${t.key}`);
      const latency = await load({ url: t.url, headers: t.headers, body: t.body, connections: 1, durationS: o.latencyS });
      // CPU spent per answered request by the target's process and by PostgreSQL: less sensitive to
      // whatever else runs on the machine than latency and throughput are.
      const cpu0 = { server: cpuMs(o.pids[t.key]), db: clusterCpu(o.postmasterPid) };
      const throughput = await load({ url: t.url, headers: t.headers, body: t.body, connections: o.connections, durationS: o.durationS });
      const answered = throughput.ok || 1;
      throughput.serverCpuMs = (cpuMs(o.pids[t.key]) - cpu0.server) / answered;
      throughput.dbCpuMs = clusterCpuSince(o.postmasterPid, cpu0.db) / answered;
      results[t.key].latency.push(latency);
      results[t.key].throughput.push(throughput);
      o.log(
        `  run ${run + 1}/${o.runs} ${t.key.padEnd(12)} 1 conn: p50 ${latency.p50.toFixed(1)} ms p99 ${latency.p99.toFixed(1)} ms (${latency.rps.toFixed(1)}/s) | ` +
          `${o.connections} conns: ${throughput.rps.toFixed(1)}/s p50 ${throughput.p50.toFixed(1)} ms p99 ${throughput.p99.toFixed(1)} ms; ` +
          `CPU/request: server ${throughput.serverCpuMs.toFixed(1)} ms, PostgreSQL ${throughput.dbCpuMs.toFixed(1)} ms` +
          (latency.non2xx + throughput.non2xx + latency.errors + throughput.errors
            ? ` (non-2xx ${latency.non2xx + throughput.non2xx}, errors ${latency.errors + throughput.errors})`
            : ''),
      );
    }
  }
  const summary = {};
  for (const t of list) {
    const r = results[t.key];
    const m = (list2, key) => median(list2.map((x) => x[key]));
    summary[t.key] = {
      label: t.label,
      latencyP50: m(r.latency, 'p50'),
      latencyP90: m(r.latency, 'p90'),
      latencyP99: m(r.latency, 'p99'),
      latencyRps: m(r.latency, 'rps'),
      throughputRps: m(r.throughput, 'rps'),
      loadedP50: m(r.throughput, 'p50'),
      loadedP99: m(r.throughput, 'p99'),
      serverCpuMs: m(r.throughput, 'serverCpuMs'),
      dbCpuMs: m(r.throughput, 'dbCpuMs'),
      failures: [...r.latency, ...r.throughput].reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0),
      bytes: answer.bytes[t.key],
      runs: r,
    };
  }
  return {
    viewport: VIEWPORT,
    totalCount: answer.totalCount,
    connections: o.connections,
    durationS: o.durationS,
    latencyS: o.latencyS,
    runs: o.runs,
    targets: summary,
  };
}

module.exports = { measureViewport, VIEWPORT };
