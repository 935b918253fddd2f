// The protocol PDF of a 20-item meeting (issue 17: at most 3 s). Staff prepare and hold a meeting
// through the API as the secretariat would: 20 agenda items (each on an object of the arena), 30
// attendees, Markdown minutes under every item, two decisions per item (a statement and an action
// item), then close it, name themselves adjuster and approve. The PDF is then fetched: the first
// request of the server process launches its Chromium (cold), the following ones reuse it (warm).
const { randomUUID } = require('node:crypto');

const { graphql, median, percentile } = require('./lib.cjs');
const { staffCookie } = require('./triage.cjs');

const MEETING_PREFIX = 'Bänkprotokoll ';
const ITEMS = 20;
const ATTENDEES = 30;
const WARM_REQUESTS = 10;

const minutesOf = (n) =>
  `**Föredragande:** kansliet.\n\nPunkt ${n} gicks igenom med underlag från medlemmarna. Flera organisationer ` +
  `beskrev förseningar och merkostnader, och arenan diskuterade vilka åtgärder som ligger närmast i planeringen.\n\n` +
  `- Trafikverket redogjorde för läget i den regionala planen.\n- Kommunen lyfte kopplingen till detaljplanen.\n` +
  `- Hamnen och terminalen bekräftade godsflödena.\n\nMötet beslutade enligt nedan.`;

/** A closed, approved meeting with 20 items of minutes and decisions, made as staff; answers its id. */
async function protocolMeeting(url, cookie, arenaId, objectIds) {
  const call = (query, variables) => graphql(url, cookie, query, variables);
  const { me } = await call('{ me { id } }');
  const { createMeeting } = await call('mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }', {
    a: arenaId,
    i: {
      title: `${MEETING_PREFIX}${randomUUID()}`,
      startsAt: '2027-02-22T09:00:00+01:00',
      endsAt: '2027-02-22T16:00:00+01:00',
      place: 'Bänken',
    },
  });
  const meetingId = createMeeting.id;
  const itemIds = [];
  for (let n = 0; n < ITEMS; n++) {
    const { addAgendaItem } = await call(
      'mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }',
      {
        m: meetingId,
        i: { title: `Punkt ${n + 1}: läget för objektet`, durationMinutes: 15, objectIds: [objectIds[n % objectIds.length]] },
      },
    );
    itemIds.push(addAgendaItem.agenda.at(-1).id);
  }
  await call('mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }', { id: meetingId });
  for (let n = 0; n < ATTENDEES; n++)
    await call('mutation($m: ID!, $i: AttendeeInput!) { addAttendee(meetingId: $m, input: $i) { id } }', {
      m: meetingId,
      i: { name: `Deltagare ${n + 1}`, organizationName: `Organisation ${(n % 12) + 1}` },
    });
  for (const [n, itemId] of itemIds.entries()) {
    await call('mutation($i: ID!, $t: String!) { setAgendaItemMinutes(itemId: $i, minutes: $t) { id } }', {
      i: itemId,
      t: minutesOf(n + 1),
    });
    await call('mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }', {
      i: { itemId, kind: 'STATEMENT', text: `Arenan ställer sig bakom kansliets förslag under punkt ${n + 1}.` },
    });
    await call('mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }', {
      i: {
        itemId,
        kind: 'ACTION_ITEM',
        text: `Ta fram underlag till nästa möte (punkt ${n + 1})`,
        owner: 'Kansliet',
        dueDate: '2027-04-30',
      },
    });
  }
  await call('mutation($id: ID!) { changeMeetingStatus(id: $id, status: CLOSED) { id } }', { id: meetingId });
  await call('mutation($m: ID!, $u: [ID!]!) { setProtocolAdjusters(meetingId: $m, userIds: $u) { id } }', { m: meetingId, u: [me.id] });
  await call('mutation($m: ID!) { approveProtocol(meetingId: $m) { id } }', { m: meetingId });
  return meetingId;
}

/** One request of the PDF: its time to the last byte, checked to be a PDF. */
async function fetchPdf(url, cookie, meetingId) {
  const started = performance.now();
  const response = await fetch(`${url}/api/meetings/${meetingId}/protocol.pdf`, { headers: { cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200 || body.subarray(0, 5).toString() !== '%PDF-') throw new Error(`protocol.pdf: HTTP ${response.status}`);
  return { ms, bytes: body.length };
}

/**
 * @param {object} o url, arenaId, client (pg), sessionSecret, runs, log. Runs before any other PDF of
 *   the server process, so the first request is the cold one.
 */
async function measureProtocolPdf(o) {
  await o.client.query(`DELETE FROM meeting WHERE arena_id = $1 AND title LIKE $2`, [o.arenaId, `${MEETING_PREFIX}%`]);
  const cookie = await staffCookie(o.client, o.arenaId, o.sessionSecret);
  const { rows } = await o.client.query(`SELECT id FROM infrastructure_object WHERE arena_id = $1 ORDER BY name LIMIT $2`, [
    o.arenaId,
    ITEMS,
  ]);
  const madeAt = performance.now();
  const meetingId = await protocolMeeting(
    o.url,
    cookie,
    o.arenaId,
    rows.map((r) => r.id),
  );
  o.log(
    `  protocol-pdf: meeting of ${ITEMS} items, ${ATTENDEES} attendees, ${2 * ITEMS} decisions made and approved in ${((performance.now() - madeAt) / 1000).toFixed(1)} s`,
  );
  const cold = await fetchPdf(o.url, cookie, meetingId);
  o.log(`  protocol-pdf: first request (cold browser) ${cold.ms.toFixed(0)} ms, ${(cold.bytes / 1024).toFixed(0)} KiB`);
  const runs = [];
  for (let run = 1; run <= o.runs; run++) {
    const times = [];
    for (let n = 0; n < WARM_REQUESTS; n++) times.push((await fetchPdf(o.url, cookie, meetingId)).ms);
    const result = { p50: percentile(times, 50), max: percentile(times, 100) };
    runs.push(result);
    o.log(
      `  protocol-pdf run ${run}/${o.runs}: ${WARM_REQUESTS} requests one at a time, p50 ${result.p50.toFixed(0)} ms, max ${result.max.toFixed(0)} ms`,
    );
  }
  await o.client.query(`DELETE FROM meeting WHERE id = $1`, [meetingId]);
  return {
    items: ITEMS,
    attendees: ATTENDEES,
    decisions: 2 * ITEMS,
    bytes: cold.bytes,
    coldMs: cold.ms,
    p50: median(runs.map((r) => r.p50)),
    max: Math.max(...runs.map((r) => r.max)),
    runs,
  };
}

module.exports = { measureProtocolPdf };
