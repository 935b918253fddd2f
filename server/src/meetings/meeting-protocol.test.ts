import { execFileSync } from 'node:child_process';

import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let memberIds: string[];

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'justering', ['Hamnbolaget AB', 'Åkeriet AB']);
  memberIds = await Promise.all(a.asMember.map(async (c) => (await c.graphql(`{ me { id } }`)).data!.me.id as string));
});
afterAll(() => flaskhals.stop());

const PROTOCOL = `id status protocol { stage approvedAt public canApprove pdfUrl adjusters { userId name approvedAt } }
  agenda { id minutes minutesHtml } attendees { id name } decisions { id retractedAt }`;
const STATUS = `mutation($id: ID!, $s: MeetingStatus!) { changeMeetingStatus(id: $id, status: $s) { id } }`;
const ADJUSTERS = `mutation($m: ID!, $u: [ID!]!) { setProtocolAdjusters(meetingId: $m, userIds: $u) { ${PROTOCOL} } }`;
const APPROVE = `mutation($m: ID!) { approveProtocol(meetingId: $m) { ${PROTOCOL} } }`;
const MINUTES = `mutation($id: ID!, $t: String!) { setAgendaItemMinutes(itemId: $id, minutes: $t) { ${PROTOCOL} } }`;
const ATTEND = `mutation($m: ID!, $n: String!, $o: String) { addAttendee(meetingId: $m, input: { name: $n, organizationName: $o }) { ${PROTOCOL} } }`;
const DECIDE = `mutation($i: DecisionInput!) { recordDecision(input: $i) { decisions { id } } }`;
const RETRACT = `mutation($id: ID!) { retractDecision(decisionId: $id, reason: "Fel") { id } }`;
const PUBLIC = `mutation($m: ID!, $p: Boolean!) { setProtocolPublic(meetingId: $m, public: $p) { protocol { public } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${PROTOCOL} } }`;
const ARCHIVE = `query($a: ID!) { protocolArchive(arenaId: $a, first: 10) { totalCount edges { node { meetingId title public pdfUrl } } } }`;

const codes = (res: { errors?: any[] }) =>
  res.errors
    ? [res.errors[0].extensions?.code, ...(res.errors[0].extensions?.fieldErrors ?? []).map((e: any) => `${e.field}:${e.code}`)]
    : [];

/** A held meeting with two items, attendance, minutes, a statement and an action item; closed unless told otherwise. */
async function heldMeeting(title: string, close = true) {
  const created = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: { title, startsAt: '2027-02-22T09:00:00+01:00', endsAt: '2027-02-22T12:00:00+01:00', place: 'Västerås' },
  });
  const meetingId = created.data!.createMeeting.id as string;
  for (const [t, d] of [
    ['Öppnande', 5],
    ['Hamnens kapacitet', 30],
  ] as const)
    await a.asStaff.graphql(
      `mutation($m: ID!, $t: String!, $d: Int!) { addAgendaItem(meetingId: $m, input: { title: $t, durationMinutes: $d }) { id } }`,
      {
        m: meetingId,
        t,
        d,
      },
    );
  await a.asStaff.graphql(STATUS, { id: meetingId, s: 'IN_PROGRESS' });
  const items = (await a.asStaff.graphql(MEETING, { id: meetingId })).data!.meeting.agenda as { id: string }[];
  await a.asStaff.graphql(ATTEND, { m: meetingId, n: 'Greta Gästsson', o: 'Kommunen' });
  await a.asStaff.graphql(ATTEND, { m: meetingId, n: 'Olle Ordförande', o: 'Hamnbolaget AB' });
  await a.asStaff.graphql(MINUTES, { id: items[1].id, t: 'Hamnen är **full** på morgnarna.\n\n- kö vid grinden\n- <script>x</script>' });
  await a.asStaff.graphql(DECIDE, { i: { itemId: items[1].id, kind: 'STATEMENT', text: 'Arenan driver frågan om en ny grind.' } });
  await a.asStaff.graphql(DECIDE, {
    i: { itemId: items[1].id, kind: 'ACTION_ITEM', text: 'Utreda nattöppet', owner: 'Kansliet', dueDate: '2027-04-01' },
  });
  const wrong = await a.asStaff.graphql(DECIDE, { i: { itemId: items[0].id, kind: 'STATEMENT', text: 'Felaktigt beslut' } });
  await a.asStaff.graphql(RETRACT, { id: wrong.data!.recordDecision.decisions.at(-1).id });
  if (close) await a.asStaff.graphql(STATUS, { id: meetingId, s: 'CLOSED' });
  return { meetingId, itemId: items[1].id };
}

async function pdfText(client: GraphQLClient | null, meetingId: string, path = 'protocol.pdf'): Promise<{ status: number; text: string }> {
  const res = await fetch(`${flaskhals.url}/api/meetings/${meetingId}/${path}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  if (res.status !== 200) return { status: res.status, text: '' };
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(await res.arrayBuffer()) }).toString('utf8');
  return { status: 200, text };
}

describe('approval of the protocol', () => {
  it('is given by the named adjusters only, after the meeting closed; the last approval freezes minutes, attendance and decisions', async () => {
    const { meetingId, itemId } = await heldMeeting('Justeringsmötet', false);
    expect(codes(await a.asStaff.graphql(ADJUSTERS, { m: meetingId, u: [memberIds[0], memberIds[1]] }))).toEqual([]);
    // Not yet closed: the adjuster may not approve.
    expect(codes(await a.asMember[0].graphql(APPROVE, { m: meetingId }))).toEqual(['BAD_USER_INPUT', 'meetingId:meetingNotClosed']);
    await a.asStaff.graphql(STATUS, { id: meetingId, s: 'CLOSED' });
    // Staff and the observer are not named: refused.
    expect(codes(await a.asStaff.graphql(APPROVE, { m: meetingId }))).toEqual(['FORBIDDEN']);
    expect(codes(await a.asObserver.graphql(APPROVE, { m: meetingId }))).toEqual(['FORBIDDEN']);
    // Members do not read the draft.
    expect((await a.asMember[0].graphql(MEETING, { id: meetingId })).data!.meeting.protocol).toMatchObject({
      stage: 'DRAFT',
      pdfUrl: null,
      canApprove: true,
    });
    expect((await pdfText(a.asMember[0], meetingId)).status).toBe(404);

    const first = await a.asMember[0].graphql(APPROVE, { m: meetingId });
    expect(first.data!.approveProtocol.protocol).toMatchObject({ stage: 'DRAFT', canApprove: false });
    expect(codes(await a.asMember[0].graphql(APPROVE, { m: meetingId }))).toEqual(['BAD_USER_INPUT', 'meetingId:alreadyApproved']);
    // An edit after one approval asks for it again: the adjusters approve the final text.
    await a.asStaff.graphql(MINUTES, { id: itemId, t: 'Hamnen är **full** på morgnarna. Rättat.' });
    expect((await a.asStaff.graphql(MEETING, { id: meetingId })).data!.meeting.protocol.adjusters.map((j: any) => j.approvedAt)).toEqual([
      null,
      null,
    ]);
    await a.asMember[0].graphql(APPROVE, { m: meetingId });
    const last = await a.asMember[1].graphql(APPROVE, { m: meetingId });
    expect(codes(last)).toEqual([]);
    const protocol = last.data!.approveProtocol.protocol;
    expect(protocol.stage).toBe('APPROVED');
    expect(protocol.approvedAt).not.toBeNull();
    expect(protocol.adjusters.every((j: any) => j.approvedAt)).toBe(true);
    expect(protocol.pdfUrl).toBe(`/api/meetings/${meetingId}/protocol.pdf`);

    // Frozen: nothing of the protocol changes any more, and nothing is written.
    const before = (await a.asStaff.graphql(MEETING, { id: meetingId })).data!.meeting;
    expect(codes(await a.asStaff.graphql(MINUTES, { id: itemId, t: 'Ändrat i efterhand' }))).toEqual([
      'BAD_USER_INPUT',
      'meetingId:protocolApproved',
    ]);
    expect(codes(await a.asStaff.graphql(ATTEND, { m: meetingId, n: 'Sen gäst' }))).toEqual([
      'BAD_USER_INPUT',
      'meetingId:protocolApproved',
    ]);
    const remove = `mutation($id: ID!) { removeAttendee(attendeeId: $id) { id } }`;
    expect(codes(await a.asStaff.graphql(remove, { id: before.attendees[0].id }))).toEqual([
      'BAD_USER_INPUT',
      'meetingId:protocolApproved',
    ]);
    const live = before.decisions.find((d: any) => !d.retractedAt).id;
    expect(codes(await a.asStaff.graphql(RETRACT, { id: live }))).toEqual(['BAD_USER_INPUT', 'meetingId:protocolApproved']);
    expect(codes(await a.asStaff.graphql(ADJUSTERS, { m: meetingId, u: [memberIds[0]] }))).toEqual([
      'BAD_USER_INPUT',
      'meetingId:protocolApproved',
    ]);
    expect((await a.asStaff.graphql(MEETING, { id: meetingId })).data!.meeting).toEqual(before);
  });

  it('names only people of the arena who may approve, at most two', async () => {
    const { meetingId } = await heldMeeting('Namnmötet');
    const observerId = (await a.asObserver.graphql(`{ me { id } }`)).data!.me.id;
    const outsiderId = (await a.asOutsider.graphql(`{ me { id } }`)).data!.me.id;
    expect(codes(await a.asStaff.graphql(ADJUSTERS, { m: meetingId, u: [outsiderId] }))).toEqual(['BAD_USER_INPUT', 'userIds.0:notFound']);
    expect(codes(await a.asStaff.graphql(ADJUSTERS, { m: meetingId, u: [observerId] }))).toEqual([
      'BAD_USER_INPUT',
      'userIds.0:cannotAdjust',
    ]);
    expect(codes(await a.asStaff.graphql(ADJUSTERS, { m: meetingId, u: [...memberIds, observerId] }))).toEqual([
      'BAD_USER_INPUT',
      'userIds:tooMany',
    ]);
    expect((await a.asStaff.graphql(MEETING, { id: meetingId })).data!.meeting.protocol.adjusters).toEqual([]);
  });
});

describe('the minutes', () => {
  it('render from Markdown to safe HTML, the raw text kept for the editor', async () => {
    const { meetingId } = await heldMeeting('Markdownmötet');
    const item = (await a.asMember[0].graphql(MEETING, { id: meetingId })).data!.meeting.agenda[1];
    expect(item.minutes).toContain('**full**');
    expect(item.minutesHtml).toContain('<strong>full</strong>');
    expect(item.minutesHtml).toContain('<li>kö vid grinden</li>');
    expect(item.minutesHtml).not.toContain('<script>');
  });
});

describe('the protocol PDF and the archive', () => {
  it('holds every attendee, decision and action item; members read it once approved, visitors only when public', async () => {
    const { meetingId } = await heldMeeting('Arkivmötet');
    await a.asStaff.graphql(ADJUSTERS, { m: meetingId, u: [memberIds[0]] });
    const draft = await pdfText(a.asStaff, meetingId);
    expect(draft.text).toContain('UTKAST');
    await a.asMember[0].graphql(APPROVE, { m: meetingId });

    const { status, text } = await pdfText(a.asMember[1], meetingId);
    expect(status).toBe(200);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Arkivmötet',
      '22 februari 2027',
      'kl. 09:00–12:00',
      'Greta Gästsson',
      'Kommunen',
      'Olle Ordförande',
      'Hamnbolaget AB',
      'Arenan driver frågan om en ny grind.',
      'Utreda nattöppet',
      'Kansliet',
      '2027-04-01',
      'Återkallat',
      'Felaktigt beslut',
      'Justerat i Flaskhals',
      'Sida 1 av',
    ])
      expect(flat).toContain(expected);
    expect(flat).not.toContain('UTKAST');

    // Visitors: not until staff publish it.
    expect((await pdfText(null, meetingId)).status).toBe(404);
    const visitor = flaskhals.client(null);
    const archiveOf = async (c: GraphQLClient) =>
      (await c.graphql(ARCHIVE, { a: a.arena.id })).data!.protocolArchive.edges.map((e: any) => e.node.title) as string[];
    expect(await archiveOf(visitor)).not.toContain('Arkivmötet');
    expect(await archiveOf(a.asMember[1])).toContain('Arkivmötet');
    expect(codes(await a.asMember[0].graphql(PUBLIC, { m: meetingId, p: true }))).toEqual(['FORBIDDEN']);
    await a.asStaff.graphql(PUBLIC, { m: meetingId, p: true });
    expect(await archiveOf(visitor)).toContain('Arkivmötet');
    expect((await pdfText(null, meetingId)).text).toContain('Arenan driver frågan om en ny grind.');
  });

  it("gives the chair's script to staff only, with the planned times", async () => {
    const created = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
      a: a.arena.id,
      i: { title: 'Manusmötet', startsAt: '2027-07-05T09:00:00+02:00', endsAt: '2027-07-05T11:00:00+02:00', place: 'Köping' },
    });
    const meetingId = created.data!.createMeeting.id;
    for (const title of ['Inledning', 'Järnvägen'])
      await a.asStaff.graphql(
        `mutation($m: ID!, $t: String!) { addAgendaItem(meetingId: $m, input: { title: $t, durationMinutes: 20 }) { id } }`,
        {
          m: meetingId,
          t: title,
        },
      );
    const script = (await pdfText(a.asStaff, meetingId, 'chair-script.pdf')).text.replace(/\s+/g, ' ');
    expect(script).toContain('Ordförandens manus');
    expect(script).toContain('09:00 · § 1 Inledning');
    expect(script).toContain('09:20 · § 2 Järnvägen');
    expect((await pdfText(a.asMember[0], meetingId, 'chair-script.pdf')).status).toBe(404);
  });
});
