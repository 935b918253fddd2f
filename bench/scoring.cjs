// Scores on the 100,000-object arena (issue 18): the arena's ranking (every active object scored
// with the shared formula, sorted, the first page of 20 with their objects) and one object's score
// with its breakdown, one connection at a time, as a member (the members' totals) and as a visitor
// (published objects, public totals). The target: the ranking in at most 500 ms.
const { median } = require('./lib.cjs');
const { load } = require('./load.cjs');

const RANKING = `query Ranking($arenaId: ID) { scoreRanking(arenaId: $arenaId, first: 20) { totalCount
  edges { node { rank score shares { criterion points } object { id name kind } } } } }`;

async function measureScoring(o) {
  const url = o.url + '/graphql';
  const body = JSON.stringify({ query: RANKING, variables: { arenaId: o.arenaId } });
  const audiences = { member: o.cookie ? { cookie: o.cookie } : {}, visitor: {} };
  const ranked = {};
  for (const [who, headers] of Object.entries(audiences)) {
    const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const answer = await check.json();
    if (answer.errors) throw new Error(`ranking as ${who}: ${JSON.stringify(answer.errors)}`);
    ranked[who] = answer.data.scoreRanking.totalCount;
    o.log(`  ranking as ${who}: ${ranked[who]} objects ranked, first ${answer.data.scoreRanking.edges[0]?.node.object.name}`);
  }
  // Warm-up, not counted.
  await load({ url, headers: audiences.member, body, connections: 1, durationS: 2 });
  const runs = { member: [], visitor: [] };
  for (let run = 0; run < o.runs; run++) {
    for (const [who, headers] of Object.entries(audiences)) {
      const result = await load({ url, headers, body, connections: 1, durationS: o.latencyS });
      runs[who].push(result);
      o.log(
        `  run ${run + 1}/${o.runs} ranking as ${who} p50 ${result.p50.toFixed(1)} ms p99 ${result.p99.toFixed(1)} ms` +
          (result.non2xx + result.errors ? ` (failures ${result.non2xx + result.errors})` : ''),
      );
    }
  }
  const summary = (list) => ({
    p50: median(list.map((x) => x.p50)),
    p99: median(list.map((x) => x.p99)),
    rps: median(list.map((x) => x.rps)),
    failures: list.reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0),
  });
  return { ranked, member: summary(runs.member), visitor: summary(runs.visitor), targetMs: 500 };
}

module.exports = { measureScoring };
