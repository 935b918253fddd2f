// Live votes (issue 18): participants follow a meeting in progress (meetingChanged over graphql-ws)
// while 500 member organizations each cast their ballot in a dot vote with live results, evenly
// spaced. Each ballot is one tally update; its latency is counted from just before the ballot's
// mutation is sent until a participant has a state whose ballot count includes it (the n-th ballot
// sent is received when a state with at least n ballots arrives; ballots commit in about the order
// they are sent, one after the other on the meeting's row). Every participant must see every count.
const { randomBytes, randomUUID } = require('node:crypto');
const path = require('node:path');
const { connectedSocket, graphql, median, percentile, sleep, SERVER_DIST } = require('./lib.cjs');

const MEETING_PREFIX = 'Bänkröstning ';
const EMAIL_DOMAIN = 'bench-votes.invalid';
const SUBSCRIPTION =
  'subscription Live($m: ID!) { meetingChanged(meetingId: $m) { id voteRounds { ballotCount results { ballots rows { total } } } } }';
const CAST =
  'mutation Cast($r: ID!, $o: ID!, $e: [BallotEntryInput!]!) { castBallot(roundId: $r, organizationId: $o, entries: $e) { id } }';
const DRAIN_MS = 5_000;

async function cleanUp(client, arenaId) {
  await client.query(`DELETE FROM meeting WHERE arena_id = $1 AND title LIKE $2`, [arenaId, `${MEETING_PREFIX}%`]);
  const { rows } = await client.query(`DELETE FROM user_account WHERE email LIKE $1 RETURNING organization_id`, [`%@${EMAIL_DOMAIN}`]);
  await client.query(`DELETE FROM organization WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.organization_id)]);
}

/** `count` organizations of the arena, each with a MEMBER (or one STAFF) user and a session of the server's secret. */
async function people(client, arenaId, sessionSecret, count, role) {
  const { hashToken } = require(path.join(SERVER_DIST, 'auth', 'sessions.service.js'));
  const { SESSION_COOKIE } = require(path.join(SERVER_DIST, 'auth', 'auth.resolver.js'));
  const tag = randomUUID().slice(0, 8);
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const { rows } = await client.query(
    `WITH orgs AS (
       INSERT INTO organization (name, kind) SELECT 'Bänkröstare ' || $1 || ' ' || n, 'COMPANY' FROM generate_series(1, $2::int) n
       RETURNING id, name),
     members AS (INSERT INTO arena_membership (arena_id, organization_id) SELECT $3, id FROM orgs),
     users AS (
       INSERT INTO user_account (email, name, password_hash, organization_id)
       SELECT 'u-' || $1 || '-' || row_number() OVER (ORDER BY id) || '@${EMAIL_DOMAIN}', name, 'bench-no-password', id FROM orgs
       RETURNING id, organization_id)
     SELECT id, organization_id AS "organizationId" FROM users ORDER BY id`,
    [tag, count, arenaId],
  );
  await client.query(`INSERT INTO user_arena_role (user_id, arena_id, role) SELECT unnest($1::uuid[]), $2, $3`, [
    rows.map((r) => r.id),
    arenaId,
    role,
  ]);
  await client.query(
    `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, user_agent)
     SELECT unnest($1::text[]), unnest($2::uuid[]), now(), now() + interval '1 day', 'flaskhals-bench'`,
    [tokens.map((t) => hashToken(sessionSecret, t)), rows.map((r) => r.id)],
  );
  return rows.map((r, i) => ({ organizationId: r.organizationId, cookie: `${SESSION_COOKIE ?? 'flaskhals_session'}=${tokens[i]}` }));
}

/** A meeting in progress with an item about `objectIds` and an open DOT round with live results, made as staff. */
async function openRound(url, cookie, arenaId, objectIds) {
  const { createMeeting } = await graphql(
    url,
    cookie,
    'mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }',
    {
      a: arenaId,
      i: {
        title: `${MEETING_PREFIX}${randomUUID()}`,
        startsAt: '2027-02-22T09:00:00+01:00',
        endsAt: '2027-02-22T12:00:00+01:00',
        place: 'Bänken',
      },
    },
  );
  const meetingId = createMeeting.id;
  const { addAgendaItem } = await graphql(
    url,
    cookie,
    'mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }',
    { m: meetingId, i: { title: 'Prioritering', durationMinutes: 60, objectIds } },
  );
  await graphql(url, cookie, 'mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }', { id: meetingId });
  const { createVoteRound } = await graphql(url, cookie, 'mutation($i: VoteRoundInput!) { createVoteRound(input: $i) { id } }', {
    i: { itemId: addAgendaItem.agenda[0].id, title: 'Bänkfrågan', method: 'DOT', resultsMode: 'LIVE', maxPointsPerObject: 5 },
  });
  await graphql(url, cookie, 'mutation($r: ID!) { changeVoteRoundStatus(roundId: $r, status: OPEN) { id } }', { r: createVoteRound.id });
  return { meetingId, roundId: createVoteRound.id };
}

async function participant(baseUrl, cookie) {
  const client = await connectedSocket(baseUrl, cookie);
  return { client, errors: [] };
}

/**
 * @param {object} o url, arenaId, sessionSecret, ballots (500), subscribers, spacingMs (20), runs, client (pg), log
 */
async function measureVotesLive(o) {
  await cleanUp(o.client, o.arenaId);
  const [staff] = await people(o.client, o.arenaId, o.sessionSecret, 1, 'STAFF');
  const voters = await people(o.client, o.arenaId, o.sessionSecret, o.ballots, 'MEMBER');
  const { rows: objects } = await o.client.query(`SELECT id FROM infrastructure_object WHERE arena_id = $1 ORDER BY id LIMIT 5`, [
    o.arenaId,
  ]);
  const objectIds = objects.map((r) => r.id);
  const participants = [];
  for (let i = 0; i < o.subscribers; i++) participants.push(await participant(o.url, voters[i % voters.length].cookie));
  o.log(`  votes-live: ${participants.length} participants connected, ${voters.length} voting organizations`);

  const holdVote = async () => {
    const { meetingId, roundId } = await openRound(o.url, staff.cookie, o.arenaId, objectIds);
    const sentAt = [];
    const latencies = [];
    let received = 0;
    let first = 0;
    const subscriptions = participants.map((p) => {
      let seenCount = 0;
      let hasState = false;
      return p.client.subscribe(
        { query: SUBSCRIPTION, variables: { m: meetingId } },
        {
          next: (result) => {
            const at = performance.now();
            if (result.errors) p.errors.push(result.errors);
            const round = result.data?.meetingChanged?.voteRounds?.[0];
            if (!round) return;
            if (!hasState) {
              hasState = true;
              first++;
            }
            // Every ballot up to this count is in the participant's tally now.
            for (; seenCount < Math.min(round.ballotCount, sentAt.length); seenCount++) {
              received++;
              latencies.push(at - sentAt[seenCount]);
            }
          },
          error: (error) => p.errors.push(error),
          complete: () => undefined,
        },
      );
    });
    const ready = performance.now() + DRAIN_MS;
    while (first < participants.length && performance.now() < ready) await sleep(20);
    const writes = [];
    const answeredMs = [];
    const started = performance.now();
    for (const [n, voter] of voters.entries()) {
      const wait = started + n * o.spacingMs - performance.now();
      if (wait > 0) await sleep(wait);
      const entries = objectIds.slice(0, 2).map((objectId, k) => ({ objectId, value: ((n + k) % 5) + 1 }));
      const sent = performance.now();
      sentAt.push(sent);
      writes.push(
        graphql(o.url, voter.cookie, CAST, { r: roundId, o: voter.organizationId, e: entries }).then(
          () => (answeredMs.push(performance.now() - sent), 'ok'),
          (e) => `error ${e.message}`,
        ),
      );
    }
    const answers = await Promise.all(writes);
    const expected = voters.length * participants.length;
    const deadline = performance.now() + DRAIN_MS;
    while (received < expected && performance.now() < deadline) await sleep(50);
    subscriptions.forEach((unsubscribe) => unsubscribe());
    return {
      ballots: voters.length,
      failedWrites: answers.filter((a) => a !== 'ok').length,
      firstFailure: answers.find((a) => a !== 'ok') ?? null,
      expected,
      received,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
      answeredP50: percentile(answeredMs, 50),
    };
  };
  const describe = (r) =>
    `${r.received} of ${r.expected} tally updates received; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ` +
    `castBallot answered at p50 ${r.answeredP50.toFixed(1)} ms; failed writes ${r.failedWrites}${r.firstFailure ? ` (${r.firstFailure.slice(0, 200)})` : ''}`;
  const runs = [];
  for (let run = 1; run <= o.runs; run++) {
    const result = await holdVote();
    runs.push(result);
    o.log(`  votes-live run ${run}/${o.runs}: ${describe(result)}`);
  }
  const subscriptionErrors = participants.reduce((sum, p) => sum + p.errors.length, 0);
  await Promise.all(participants.map((p) => p.client.dispose()));
  await cleanUp(o.client, o.arenaId);
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    subscribers: participants.length,
    ballots: o.ballots,
    spacingMs: o.spacingMs,
    p50: m('p50'),
    p99: m('p99'),
    max: m('max'),
    answeredP50: m('answeredP50'),
    worstP99: Math.max(...runs.map((r) => r.p99)),
    expected: runs.reduce((s, r) => s + r.expected, 0),
    received: runs.reduce((s, r) => s + r.received, 0),
    failedWrites: runs.reduce((s, r) => s + r.failedWrites, 0),
    subscriptionErrors,
    runs,
  };
}

module.exports = { measureVotesLive };
