// The arena search on the 100,000-object arena (issue 16): the first page of 20 hits with their
// count, one connection at a time (the latency one person sees), as a member (who also searches the
// members' report texts) and as a visitor (published objects, public reports). Each request asks
// the next text of a rotation of what people type: whole words, word forms, parts of compounds,
// names without their accents, road numbers; the whole arena, no bbox.
const { median } = require('./lib.cjs');
const { load } = require('./load.cjs');

const SEARCH = `query Search($input: SearchInput!) { search(input: $input, first: 20) { totalCount
  edges { node { score matchedIn object { id name kind status municipality bbox } } } } }`;
const TEXTS = [
  'hamn',
  'hamnar',
  'E18',
  'koping',
  'Köping',
  'Västerås hamn',
  'terminal',
  'väg 56',
  'bangård',
  'Norrköping',
  'kombiterminal',
  'sluss',
];

async function measureSearch(o) {
  const url = o.url + '/graphql';
  let next = 0;
  const body = () =>
    JSON.stringify({ query: SEARCH, variables: { input: { text: TEXTS[next++ % TEXTS.length], filter: { arenaId: o.arenaId } } } });
  const requests = [{ method: 'POST', setupRequest: (request) => ({ ...request, body: body() }) }];
  const audiences = { member: o.cookie ? { cookie: o.cookie } : {}, visitor: {} };
  for (const [who, headers] of Object.entries(audiences)) {
    const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body() });
    const answer = await check.json();
    if (answer.errors) throw new Error(`search as ${who}: ${JSON.stringify(answer.errors)}`);
    o.log(`  search as ${who}: "${TEXTS[(next - 1) % TEXTS.length]}" has ${answer.data.search.totalCount} hits`);
  }
  // Warm-up, not counted.
  await load({ url, headers: audiences.member, requests, connections: 1, durationS: 2 });
  const runs = { member: [], visitor: [] };
  for (let run = 0; run < o.runs; run++) {
    for (const [who, headers] of Object.entries(audiences)) {
      const result = await load({ url, headers, requests, connections: 1, durationS: o.latencyS });
      runs[who].push(result);
      o.log(
        `  run ${run + 1}/${o.runs} search as ${who} p50 ${result.p50.toFixed(1)} ms p99 ${result.p99.toFixed(1)} ms` +
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
  return { texts: TEXTS.length, member: summary(runs.member), visitor: summary(runs.visitor) };
}

module.exports = { measureSearch };

// `node bench/search.cjs http://127.0.0.1:PORT [arenaId] [cookie]`: the search benchmark alone
// against a running server (any database, e.g. the demo one), one short run.
if (require.main === module) {
  const [base, arenaId, cookie] = process.argv.slice(2);
  if (!base) throw new Error('usage: node bench/search.cjs http://127.0.0.1:PORT [arenaId] [cookie]');
  measureSearch({ url: base, arenaId: arenaId || null, cookie: cookie || null, runs: 1, latencyS: 3, log: console.log }).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
