// Live events across instances: subscribers of objectChanged (graphql-ws) spread over two server
// processes on one database; reports written through either instance, evenly spaced. Latency is
// counted from just before a report's mutation is sent until a subscriber has the event for its
// object (all in this process, one clock). Every subscriber must receive every report: the
// reports are PUBLIC, so visitors (a quarter of the subscribers) see them as the members do.
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const { clusterCpu, clusterCpuSince, connectedSocket, cpuMs, median, percentile, prng, removeBenchReports, sleep } = require('./lib.cjs');

const TITLE_PREFIX = 'Livebänk ';
const MUTATION = 'mutation Report($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } object { id } } }';
const SUBSCRIPTION =
  'subscription Live($arenaId: ID!) { objectChanged(arenaId: $arenaId) { id name reportCount totalImpact { delayHoursPerWeek } } }';
/** How long after the last report the stragglers are waited for; a report not received by then counts as lost. */
const DRAIN_MS = 5_000;
const WARM_UP_REPORTS = 20;

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);

function reportInput(arenaId, actor, takesOrganization, random) {
  const key = randomUUID();
  const lng = 12 + random() * 6;
  const lat = 56 + random() * 5;
  const name = `Livebänkobjekt ${key}`;
  const input = {
    arenaId,
    title: `${TITLE_PREFIX}${key}`,
    problem: 'Skrivet av prestandatestet för livehändelser.',
    category: 'CAPACITY',
    visibility: 'PUBLIC',
    impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 1000, freightTonnesPerYear: 100 },
    newObject: { name, kind: 'ROAD', modes: ['ROAD'], geometry: { type: 'Point', coordinates: [lng, lat] } },
    idempotencyKey: key,
  };
  if (takesOrganization) input.organizationId = actor.organizationId;
  return { name, body: JSON.stringify({ query: MUTATION, variables: { input } }) };
}

/** Opens one subscriber; resolves once its connection is acknowledged. */
async function subscriber(baseUrl, arenaId, cookie, onEvent) {
  const client = await connectedSocket(baseUrl, cookie);
  const errors = [];
  client.subscribe(
    { query: SUBSCRIPTION, variables: { arenaId } },
    {
      next: (result) => {
        const at = performance.now();
        if (result.errors) errors.push(result.errors);
        if (result.data?.objectChanged) onEvent(result.data.objectChanged, at);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { client, errors };
}

/**
 * @param {object} o urls [two base URLs], arenaId, actors [{organizationId, cookie}], takesOrganization,
 *   subscribers (200), reports (50 per run), spacingMs (200), runs, client (pg), log,
 *   pids [the servers' pids], postmasterPid
 */
async function measureLive(o) {
  await removeBenchReports(o.client, o.arenaId, TITLE_PREFIX);
  const random = prng(20261202);
  const sentAt = new Map();
  /** name → receipt times, one per subscriber that got it */
  const received = new Map();
  const onEvent = (object, at) => {
    if (!sentAt.has(object.name)) return;
    const list = received.get(object.name) ?? [];
    list.push(at);
    received.set(object.name, list);
  };
  const subscribers = [];
  for (let i = 0; i < o.subscribers; i++) {
    // Every fourth one a visitor (public view), the others members (members' view): both kinds of re-read.
    const cookie = i % 4 === 3 ? null : (o.actors[i % o.actors.length]?.cookie ?? null);
    subscribers.push(await subscriber(o.urls[i % o.urls.length], o.arenaId, cookie, onEvent));
  }
  // graphql-ws acknowledges connections, not subscriptions: let the servers register them.
  await sleep(1000);
  o.log(`  live: ${subscribers.length} subscribers connected, ${Math.ceil(subscribers.length / o.urls.length)} per instance`);

  let reportNo = 0;
  /** Writes `count` reports spaced out and waits for their events; latencies from send to receipt. */
  const writeReports = async (count) => {
    const names = [];
    const answeredMs = [];
    const started = performance.now();
    const writes = [];
    for (let n = 0; n < count; n++) {
      const due = started + n * o.spacingMs;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const actor = o.actors[reportNo % o.actors.length];
      const { name, body } = reportInput(o.arenaId, actor, o.takesOrganization, random);
      const url = o.urls[reportNo++ % o.urls.length];
      names.push(name);
      const sent = performance.now();
      sentAt.set(name, sent);
      const headers = { 'content-type': 'application/json', ...(actor.cookie ? { cookie: actor.cookie } : {}) };
      writes.push(
        fetch(`${url}/graphql`, { method: 'POST', headers, body })
          .then((r) => r.json())
          .then(
            (j) => (
              answeredMs.push(performance.now() - sent),
              j.errors ? `error ${j.errors[0]?.extensions?.code ?? j.errors[0]?.message}` : 'ok'
            ),
          )
          .catch((e) => `error ${e.message}`),
      );
    }
    const answers = await Promise.all(writes);
    const deadline = performance.now() + DRAIN_MS;
    while (performance.now() < deadline && names.some((name) => (received.get(name)?.length ?? 0) < subscribers.length)) await sleep(50);
    const latencies = names.flatMap((name) => (received.get(name) ?? []).map((at) => at - sentAt.get(name)));
    return {
      reports: names.length,
      failedWrites: answers.filter((a) => a !== 'ok').length,
      expected: names.length * subscribers.length,
      received: latencies.length,
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
      answeredP50: percentile(answeredMs, 50),
    };
  };
  const describe = (r) =>
    `${r.received} of ${r.expected} events received; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ` +
    `mutations answered at p50 ${r.answeredP50.toFixed(1)} ms; failed writes ${r.failedWrites}`;

  // Warm-up, not counted: the first events after start pay for compiling and preparing (run 1 of
  // an unwarmed series had a p99 of 2.3 s, the others 150–180 ms).
  const loadAtStart = loadAverage();
  const warmUp = await writeReports(WARM_UP_REPORTS);
  o.log(`  live warm-up (${WARM_UP_REPORTS} reports, not counted): ${describe(warmUp)}`);
  const runs = [];
  for (let run = 1; run <= o.runs; run++) {
    // CPU of the servers and the database per report: each report is one mutation, one
    // notification and 200 events; less sensitive to other work on the machine than the latencies.
    const cpu0 = { servers: o.pids.map(cpuMs), db: clusterCpu(o.postmasterPid) };
    const result = await writeReports(o.reports);
    result.serversCpuMs = o.pids.reduce((sum, pid, i) => sum + (cpuMs(pid) - cpu0.servers[i]), 0) / result.reports;
    result.dbCpuMs = clusterCpuSince(o.postmasterPid, cpu0.db) / result.reports;
    runs.push(result);
    o.log(
      `  live run ${run}/${o.runs}: ${describe(result)}; CPU per report: servers ${result.serversCpuMs.toFixed(1)} ms, PostgreSQL ${result.dbCpuMs.toFixed(1)} ms`,
    );
  }
  const subscriptionErrors = subscribers.reduce((sum, s) => sum + s.errors.length, 0);
  await Promise.all(subscribers.map((s) => s.client.dispose()));
  const removed = await removeBenchReports(o.client, o.arenaId, TITLE_PREFIX);
  o.log(`  live: removed ${removed} objects again; subscription errors ${subscriptionErrors}`);
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    subscribers: subscribers.length,
    instances: o.urls.length,
    visitors: subscribers.filter((_, i) => i % 4 === 3).length,
    reportsPerRun: o.reports,
    spacingMs: o.spacingMs,
    p50: m('p50'),
    p90: m('p90'),
    p99: m('p99'),
    max: m('max'),
    answeredP50: m('answeredP50'),
    serversCpuMs: m('serversCpuMs'),
    dbCpuMs: m('dbCpuMs'),
    warmUp,
    loadAverage: { start: loadAtStart, end: loadAverage() },
    worstP99: Math.max(...runs.map((r) => r.p99)),
    expected: runs.reduce((s, r) => s + r.expected, 0),
    received: runs.reduce((s, r) => s + r.received, 0),
    failedWrites: runs.reduce((s, r) => s + r.failedWrites, 0),
    subscriptionErrors,
    runs,
  };
}

module.exports = { measureLive };
