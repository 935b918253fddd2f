// Live meetings across instances (issue 17): 200 participants follow one meeting in progress
// (meetingChanged over graphql-ws), spread over two server processes on one database; staff record
// decisions through either instance, evenly spaced. Latency is counted from just before a
// decision's mutation is sent until a participant has the meeting's state with that decision (all
// in this process, one clock). Every participant must receive every decision. Each run is a meeting
// of its own with 20 decisions, as a real meeting has (the state sent grows with the decisions).
const { randomBytes, randomUUID } = require('node:crypto');
const path = require('node:path');
const { clusterCpu, clusterCpuSince, connectedSocket, cpuMs, graphql, median, percentile, sleep, SERVER_DIST } = require('./lib.cjs');

const MEETING_PREFIX = 'Bänkmöte ';
const STAFF_EMAIL = 'bench-staff@bench.invalid';
const SUBSCRIPTION =
  'subscription Live($m: ID!) { meetingChanged(meetingId: $m) { id updatedAt presentedItemId decisions { id text retractedAt } agenda { id minutes } } }';
const DECIDE = 'mutation Decide($i: DecisionInput!) { recordDecision(input: $i) { id } }';
/** How long after the last decision the stragglers are waited for; one not received by then counts as lost. */
const DRAIN_MS = 5_000;
const WARM_UP_DECISIONS = 10;

async function removeBenchMeetings(client, arenaId) {
  const { rowCount } = await client.query(`DELETE FROM meeting WHERE arena_id = $1 AND title LIKE $2`, [arenaId, `${MEETING_PREFIX}%`]);
  return rowCount;
}

/** A STAFF user of the arena with a session of the server's SESSION_SECRET (as actors.cjs makes the members'). */
async function staffCookie(client, arenaId, sessionSecret, organizationId) {
  const { hashToken } = require(path.join(SERVER_DIST, 'auth', 'sessions.service.js'));
  const { SESSION_COOKIE } = require(path.join(SERVER_DIST, 'auth', 'auth.resolver.js'));
  const { rows } = await client.query(
    `INSERT INTO user_account (email, name, password_hash, organization_id) VALUES ($1, 'Bänkkansliet', 'bench-no-password', $2)
     ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
    [STAFF_EMAIL, organizationId],
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
  return `${SESSION_COOKIE ?? 'flaskhals_session'}=${token}`;
}

/** A meeting in progress with one agenda item, made through the API as staff. */
async function heldMeeting(url, cookie, arenaId, run) {
  const { createMeeting } = await graphql(
    url,
    cookie,
    'mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }',
    {
      a: arenaId,
      i: { title: `${MEETING_PREFIX}${run}`, startsAt: '2027-02-22T09:00:00+01:00', endsAt: '2027-02-22T12:00:00+01:00', place: 'Bänken' },
    },
  );
  const { addAgendaItem } = await graphql(
    url,
    cookie,
    'mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }',
    { m: createMeeting.id, i: { title: 'Beslutspunkten', durationMinutes: 60 } },
  );
  await graphql(url, cookie, 'mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }', { id: createMeeting.id });
  const itemId = addAgendaItem.agenda[0].id;
  await graphql(url, cookie, 'mutation($m: ID!, $i: ID) { presentAgendaItem(meetingId: $m, itemId: $i) { id } }', {
    m: createMeeting.id,
    i: itemId,
  });
  return { meetingId: createMeeting.id, itemId };
}

/** Opens one participant's socket; resolves once its connection is acknowledged. */
async function participant(baseUrl, cookie) {
  const client = await connectedSocket(baseUrl, cookie);
  return { client, errors: [], unsubscribe: () => undefined };
}

/**
 * @param {object} o urls [two base URLs], arenaId, actors [{organizationId, cookie}] (members),
 *   sessionSecret, subscribers (200), decisions (20 per run), spacingMs (250), runs, client (pg), log,
 *   pids [the servers' pids], postmasterPid
 */
async function measureMeetingLive(o) {
  await removeBenchMeetings(o.client, o.arenaId);
  const staff = await staffCookie(o.client, o.arenaId, o.sessionSecret, o.actors[0].organizationId);
  const participants = [];
  for (let i = 0; i < o.subscribers; i++)
    participants.push(await participant(o.urls[i % o.urls.length], o.actors[i % o.actors.length].cookie));
  o.log(`  meeting-live: ${participants.length} participants connected, ${Math.ceil(participants.length / o.urls.length)} per instance`);

  let meetingNo = 0;
  /** A new meeting followed by every participant; `count` decisions spaced out; latencies from send to receipt. */
  const holdMeeting = async (count) => {
    const { meetingId, itemId } = await heldMeeting(o.urls[0], staff, o.arenaId, `${++meetingNo} ${randomUUID()}`);
    const sentAt = new Map();
    const latencies = [];
    let received = 0;
    let first = 0;
    for (const p of participants) {
      const seen = new Set();
      let hasState = false;
      p.unsubscribe = p.client.subscribe(
        { query: SUBSCRIPTION, variables: { m: meetingId } },
        {
          next: (result) => {
            const at = performance.now();
            if (result.errors) p.errors.push(result.errors);
            const state = result.data?.meetingChanged;
            if (!state) return;
            if (!hasState) {
              hasState = true;
              first++;
            }
            for (const decision of state.decisions) {
              if (seen.has(decision.text) || !sentAt.has(decision.text)) continue;
              seen.add(decision.text);
              received++;
              latencies.push(at - sentAt.get(decision.text));
            }
          },
          error: (error) => p.errors.push(error),
          complete: () => undefined,
        },
      );
    }
    // Everyone has the meeting's state (the subscription's first event) before the first decision.
    const ready = performance.now() + DRAIN_MS;
    while (first < participants.length && performance.now() < ready) await sleep(20);
    const answeredMs = [];
    const writes = [];
    const started = performance.now();
    for (let n = 0; n < count; n++) {
      const wait = started + n * o.spacingMs - performance.now();
      if (wait > 0) await sleep(wait);
      const text = `Bänkbeslut ${randomUUID()}`;
      const url = o.urls[n % o.urls.length];
      const sent = performance.now();
      sentAt.set(text, sent);
      writes.push(
        graphql(url, staff, DECIDE, { i: { itemId, kind: 'STATEMENT', text } }).then(
          () => (answeredMs.push(performance.now() - sent), 'ok'),
          (e) => `error ${e.message}`,
        ),
      );
    }
    const answers = await Promise.all(writes);
    const expected = count * participants.length;
    const deadline = performance.now() + DRAIN_MS;
    while (received < expected && performance.now() < deadline) await sleep(50);
    for (const p of participants) p.unsubscribe();
    return {
      decisions: count,
      failedWrites: answers.filter((a) => a !== 'ok').length,
      expected,
      received,
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
      answeredP50: percentile(answeredMs, 50),
    };
  };
  const describe = (r) =>
    `${r.received} of ${r.expected} decisions received; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ` +
    `recordDecision answered at p50 ${r.answeredP50.toFixed(1)} ms; failed writes ${r.failedWrites}`;

  const warmUp = await holdMeeting(WARM_UP_DECISIONS);
  o.log(`  meeting-live warm-up (${WARM_UP_DECISIONS} decisions, not counted): ${describe(warmUp)}`);
  const runs = [];
  for (let run = 1; run <= o.runs; run++) {
    const cpu0 = { servers: o.pids.map(cpuMs), db: clusterCpu(o.postmasterPid) };
    const result = await holdMeeting(o.decisions);
    result.serversCpuMs = o.pids.reduce((sum, pid, i) => sum + (cpuMs(pid) - cpu0.servers[i]), 0) / result.decisions;
    result.dbCpuMs = clusterCpuSince(o.postmasterPid, cpu0.db) / result.decisions;
    runs.push(result);
    o.log(
      `  meeting-live run ${run}/${o.runs}: ${describe(result)}; CPU per decision: servers ${result.serversCpuMs.toFixed(1)} ms, PostgreSQL ${result.dbCpuMs.toFixed(1)} ms`,
    );
  }
  const subscriptionErrors = participants.reduce((sum, p) => sum + p.errors.length, 0);
  await Promise.all(participants.map((p) => p.client.dispose()));
  const removed = await removeBenchMeetings(o.client, o.arenaId);
  await o.client.query(`DELETE FROM user_account WHERE email = $1`, [STAFF_EMAIL]);
  o.log(`  meeting-live: removed ${removed} meetings again; subscription errors ${subscriptionErrors}`);
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    subscribers: participants.length,
    instances: o.urls.length,
    decisionsPerRun: o.decisions,
    spacingMs: o.spacingMs,
    p50: m('p50'),
    p90: m('p90'),
    p99: m('p99'),
    max: m('max'),
    answeredP50: m('answeredP50'),
    serversCpuMs: m('serversCpuMs'),
    dbCpuMs: m('dbCpuMs'),
    warmUp,
    worstP99: Math.max(...runs.map((r) => r.p99)),
    expected: runs.reduce((s, r) => s + r.expected, 0),
    received: runs.reduce((s, r) => s + r.received, 0),
    failedWrites: runs.reduce((s, r) => s + r.failedWrites, 0),
    subscriptionErrors,
    runs,
  };
}

module.exports = { measureMeetingLive };
