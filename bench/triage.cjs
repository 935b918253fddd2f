// The secretariat's reads on the 100,000-object arena: the triage queue's first page (with each
// waiting object's events) and an object's history, as a STAFF user (who sees every event), one
// connection at a time (the latency one user sees). The timeline is asked of a different object
// each request, chosen among objects with the most events (3-8), so no cache answers it.
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { SERVER_DIST, median } = require('./lib.cjs');
const { load } = require('./load.cjs');

const QUEUE = `query Queue($arenaId: ID) { triageQueue(arenaId: $arenaId, first: 50) { totalCount newCount
  items { edges { node { pendingSince isNew object { id name status } events { kind at organizationName data } } } } } }`;
const TIMELINE = `query Timeline($id: ID!) { object(id: $id) { id timeline(first: 20) { totalCount
  edges { node { kind at byStaff personName organizationName data } } } } }`;

/** A STAFF user of the arena with a session made in the database (as bench/actors.cjs does for members). */
async function staffCookie(client, arenaId, sessionSecret) {
  const { hashToken } = require(path.join(SERVER_DIST, 'auth', 'sessions.service.js'));
  const { rows } = await client.query(
    `INSERT INTO user_account (email, name, password_hash, organization_id)
     SELECT 'bench+staff@bench.invalid', 'Bänkkansliet', 'not-a-password', organization_id FROM arena_membership WHERE arena_id = $1 LIMIT 1
     ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
    [arenaId],
  );
  await client.query(`INSERT INTO user_arena_role (user_id, arena_id, role) VALUES ($1, $2, 'STAFF') ON CONFLICT DO NOTHING`, [
    rows[0].id,
    arenaId,
  ]);
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, user_agent) VALUES ($1, $2, now(), now() + interval '1 day', 'flaskhals-bench')`,
    [hashToken(sessionSecret, token), rows[0].id],
  );
  return `flaskhals_session=${token}`;
}

async function measureTriage(o) {
  const cookie = await staffCookie(o.client, o.arenaId, o.sessionSecret);
  const { rows: counts } = await o.client.query(
    `SELECT (SELECT count(*) FROM infrastructure_object WHERE arena_id = $1 AND triage_pending_since IS NOT NULL)::int AS waiting,
            (SELECT count(*) FROM object_event WHERE arena_id = $1)::int AS events`,
    [o.arenaId],
  );
  const { rows: busy } = await o.client.query(
    `SELECT object_id FROM object_event WHERE arena_id = $1 GROUP BY object_id ORDER BY count(*) DESC, object_id LIMIT 500`,
    [o.arenaId],
  );
  const ids = busy.map((r) => r.object_id);
  let next = 0;
  const headers = { cookie };
  const queueBody = JSON.stringify({ query: QUEUE, variables: { arenaId: o.arenaId } });
  const timelineRequests = [
    {
      method: 'POST',
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: TIMELINE, variables: { id: ids[next++ % ids.length] } }) }),
    },
  ];
  const check = await fetch(o.url + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: queueBody,
  });
  const answer = await check.json();
  if (answer.errors) throw new Error(`triage queue: ${JSON.stringify(answer.errors)}`);
  o.log(`  ${counts[0].waiting} objects waiting in the queue, ${counts[0].events} events in the arena's histories`);
  const url = o.url + '/graphql';
  // Warm-up, not counted.
  await load({ url, headers, body: queueBody, connections: 1, durationS: 2 });
  await load({ url, headers, requests: timelineRequests, connections: 1, durationS: 2 });
  const runs = { queue: [], timeline: [] };
  for (let run = 0; run < o.runs; run++) {
    const queue = await load({ url, headers, body: queueBody, connections: 1, durationS: o.latencyS });
    const timeline = await load({ url, headers, requests: timelineRequests, connections: 1, durationS: o.latencyS });
    runs.queue.push(queue);
    runs.timeline.push(timeline);
    o.log(
      `  run ${run + 1}/${o.runs} triage queue p50 ${queue.p50.toFixed(1)} ms p99 ${queue.p99.toFixed(1)} ms | ` +
        `timeline p50 ${timeline.p50.toFixed(1)} ms p99 ${timeline.p99.toFixed(1)} ms` +
        (queue.non2xx + timeline.non2xx + queue.errors + timeline.errors
          ? ` (failures ${queue.non2xx + timeline.non2xx + queue.errors + timeline.errors})`
          : ''),
    );
  }
  const summary = (list) => ({
    p50: median(list.map((x) => x.p50)),
    p99: median(list.map((x) => x.p99)),
    rps: median(list.map((x) => x.rps)),
    failures: list.reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0),
  });
  return { waiting: counts[0].waiting, events: counts[0].events, queue: summary(runs.queue), timeline: summary(runs.timeline) };
}

module.exports = { measureTriage, staffCookie };
