// The dashboard (/oversikt) on the 100,000-object arena: the whole `dashboard` query, as a visitor
// (published objects, public totals, public reports) and as staff (every object and report), one
// connection at a time: the latency one reader sees when the page opens.
const { median } = require('./lib.cjs');
const { load } = require('./load.cjs');
const { staffCookie } = require('./triage.cjs');

const DASHBOARD = `query Dashboard($arenaId: ID) { dashboard(arenaId: $arenaId) {
  objectCount totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear }
  byStatus { key count } byPlanningStage { key count } byKind { key count } byMunicipality { code name bucket count }
  reportsPerMonth { month count }
  topByImpact { id name organizationCount impact { extraCostSekPerYear } }
  topByBreadth { id name organizationCount impact { extraCostSekPerYear } } } }`;

async function measureDashboard(o) {
  const cookie = await staffCookie(o.client, o.arenaId, o.sessionSecret);
  const url = o.url + '/graphql';
  const body = JSON.stringify({ query: DASHBOARD, variables: { arenaId: o.arenaId } });
  const readers = { visitor: {}, staff: { cookie } };
  const counts = {};
  for (const [who, headers] of Object.entries(readers)) {
    const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const answer = await check.json();
    if (answer.errors) throw new Error(`dashboard as ${who}: ${JSON.stringify(answer.errors)}`);
    counts[who] = answer.data.dashboard.objectCount;
    // Warm-up, not counted.
    await load({ url, headers, body, connections: 1, durationS: 2 });
  }
  o.log(`  a visitor sees ${counts.visitor} objects, staff ${counts.staff}`);
  const runs = { visitor: [], staff: [] };
  for (let run = 0; run < o.runs; run++) {
    for (const [who, headers] of Object.entries(readers))
      runs[who].push(await load({ url, headers, body, connections: 1, durationS: o.latencyS }));
    o.log(
      `  run ${run + 1}/${o.runs} dashboard as visitor p50 ${runs.visitor.at(-1).p50.toFixed(1)} ms | as staff p50 ${runs.staff.at(-1).p50.toFixed(1)} ms`,
    );
  }
  const summary = (list) => ({
    p50: median(list.map((x) => x.p50)),
    p99: median(list.map((x) => x.p99)),
    failures: list.reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0),
  });
  return { objects: counts, visitor: summary(runs.visitor), staff: summary(runs.staff) };
}

module.exports = { measureDashboard };
