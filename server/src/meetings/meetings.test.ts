import ICAL from 'ical.js';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'moten', ['Hamnbolaget AB', 'Åkeriet AB']);
});
afterAll(() => flaskhals.stop());

const MEETING_FIELDS = `id title status startsAt endsAt place onlineUrl capacity cancelReason
  agenda { id parentId number title durationMinutes plannedStart plannedEnd objects { id name } }`;
const CREATE = `mutation($arenaId: ID!, $input: MeetingInput!) { createMeeting(arenaId: $arenaId, input: $input) { ${MEETING_FIELDS} } }`;
const ADD = `mutation($m: ID!, $p: ID, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, parentId: $p, input: $i) { ${MEETING_FIELDS} } }`;
const MOVE = `mutation($id: ID!, $d: AgendaDirection!) { moveAgendaItem(itemId: $id, direction: $d) { ${MEETING_FIELDS} } }`;
const STATUS = `mutation($id: ID!, $s: MeetingStatus!, $r: String) { changeMeetingStatus(id: $id, status: $s, reason: $r) { ${MEETING_FIELDS} } }`;
const LIST = `query($arenaId: ID, $period: MeetingPeriod, $first: Int, $after: String) {
  meetings(arenaId: $arenaId, period: $period, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;

const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d.toISOString();
};

async function createMeeting(title: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) {
  const res = await a.asStaff.graphql(CREATE, {
    arenaId: a.arena.id,
    input: { title, startsAt, endsAt, place: 'Handelskammaren', ...extra },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createMeeting;
}

async function newObject(name: string): Promise<string> {
  const res = await a.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(a, {}, { name }) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id;
}

const fieldErrors = (res: { errors?: any[] }) =>
  (res.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: any) => `${e.field}:${e.code}`).sort();

describe('planning a meeting', () => {
  it('lets staff plan a meeting; members read it; mistakes are named by field and write nothing', async () => {
    const meeting = await createMeeting('Nätverksmöte februari', '2027-02-22T09:00:00+01:00', '2027-02-22T12:00:00+01:00');
    expect(meeting).toMatchObject({ title: 'Nätverksmöte februari', status: 'PLANNED', startsAt: '2027-02-22T08:00:00.000Z', agenda: [] });

    const read = await a.asMember[1].graphql(`query($id: ID!) { meeting(id: $id) { title place } }`, { id: meeting.id });
    expect(read.data!.meeting).toEqual({ title: 'Nätverksmöte februari', place: 'Handelskammaren' });
    const visitor = await flaskhals.client(null).graphql(`query($id: ID!) { meeting(id: $id) { title } }`, { id: meeting.id });
    expect(visitor.data!.meeting).toBeNull();

    const before = await flaskhals.db.query(`SELECT count(*)::int AS n FROM meeting`);
    const bad = await a.asStaff.graphql(CREATE, {
      arenaId: a.arena.id,
      input: {
        title: '',
        startsAt: '2027-03-01T10:00:00+01:00',
        endsAt: '2027-03-01T09:00:00+01:00',
        place: null,
        onlineUrl: 'http://x.example',
      },
    });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad)).toEqual(['endsAt:endsBeforeStart', 'onlineUrl:notHttpsUrl', 'title:required']);
    expect(await flaskhals.db.query(`SELECT count(*)::int AS n FROM meeting`)).toEqual(before);

    const member = await a.asMember[0].graphql(CREATE, {
      arenaId: a.arena.id,
      input: { title: 'Eget möte', startsAt: '2027-03-01T09:00:00+01:00', endsAt: '2027-03-01T10:00:00+01:00', place: 'Köping' },
    });
    expect(member.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lists upcoming meetings soonest first and past ones latest first, a page at a time', async () => {
    const soon = await createMeeting('Lista snart', inDays(3), inDays(3, 12));
    const later = await createMeeting('Lista senare', inDays(40), inDays(40, 12));
    const past = await createMeeting('Lista förra', inDays(-30), inDays(-30, 12));
    const older = await createMeeting('Lista äldre', inDays(-120), inDays(-120, 12));

    const first = await a.asMember[0].graphql(LIST, { arenaId: a.arena.id, period: 'UPCOMING', first: 1 });
    const upcoming = [first.data!.meetings.edges[0].node.id];
    let cursor = first.data!.meetings.pageInfo.endCursor;
    while (cursor) {
      const next = await a.asMember[0].graphql(LIST, { arenaId: a.arena.id, period: 'UPCOMING', first: 1, after: cursor });
      upcoming.push(...next.data!.meetings.edges.map((e: any) => e.node.id));
      cursor = next.data!.meetings.pageInfo.hasNextPage ? next.data!.meetings.pageInfo.endCursor : null;
    }
    expect(upcoming.indexOf(soon.id)).toBeLessThan(upcoming.indexOf(later.id));
    expect(upcoming).not.toContain(past.id);
    expect(new Set(upcoming).size).toBe(upcoming.length);

    const pastList = await a.asObserver.graphql(LIST, { arenaId: a.arena.id, period: 'PAST' });
    const pastIds = pastList.data!.meetings.edges.map((e: any) => e.node.id);
    expect(pastIds.indexOf(past.id)).toBeLessThan(pastIds.indexOf(older.id));

    const visitor = await flaskhals.client(null).graphql(LIST, { arenaId: a.arena.id });
    expect(visitor.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('the agenda', () => {
  it('times items and sub-items from the start, reorders them, and refuses changes once the meeting is closed', async () => {
    const meeting = await createMeeting('Dagordningsmöte', '2027-04-12T09:00:00+02:00', '2027-04-12T12:00:00+02:00');
    const harbour = await newObject('Dagordning hamnen');
    const add = async (c: GraphQLClient, input: Record<string, unknown>, parentId?: string) =>
      c.graphql(ADD, { m: meeting.id, p: parentId ?? null, i: { durationMinutes: 10, ...input } });

    await add(a.asStaff, { title: 'Mötets öppnande', durationMinutes: 5 });
    const withObject = await add(a.asStaff, { title: 'Hamnens kapacitet', durationMinutes: 30, objectIds: [harbour] });
    const parent = withObject.data!.addAgendaItem.agenda[1];
    await add(a.asStaff, { title: 'Läget', durationMinutes: 10 }, parent.id);
    const last = await add(a.asStaff, { title: 'Övriga frågor', durationMinutes: 15 });
    const agenda = last.data!.addAgendaItem.agenda;
    expect(agenda.map((i: any) => [i.number, i.title, i.plannedStart.slice(11, 16)])).toEqual([
      ['1', 'Mötets öppnande', '07:00'],
      ['2', 'Hamnens kapacitet', '07:05'],
      ['2.1', 'Läget', '07:05'],
      ['3', 'Övriga frågor', '07:35'],
    ]);
    expect(agenda[1].objects).toEqual([{ id: harbour, name: 'Dagordning hamnen' }]);

    // A sub-item of a sub-item, an unknown object, a member: refused, nothing written.
    expect(fieldErrors(await add(a.asStaff, { title: 'Djupt' }, agenda[2].id))).toEqual(['parentId:subItemOfSubItem']);
    expect(fieldErrors(await add(a.asStaff, { title: 'Okänt', objectIds: ['00000000-0000-4000-8000-000000000009'] }))).toEqual([
      'objectIds.0:notFound',
    ]);
    expect((await add(a.asMember[0], { title: 'Medlemmens punkt' })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const moved = await a.asStaff.graphql(MOVE, { id: agenda[3].id, d: 'UP' });
    expect(moved.data!.moveAgendaItem.agenda.map((i: any) => `${i.number} ${i.title}`)).toEqual([
      '1 Mötets öppnande',
      '2 Övriga frågor',
      '3 Hamnens kapacitet',
      '3.1 Läget',
    ]);
    const reordered = await a.asStaff.graphql(
      `mutation($m: ID!, $ids: [ID!]!) { reorderAgendaItems(meetingId: $m, itemIds: $ids) { agenda { title } } }`,
      { m: meeting.id, ids: [agenda[1].id, agenda[0].id, agenda[3].id] },
    );
    expect(reordered.data!.reorderAgendaItems.agenda.map((i: any) => i.title)).toEqual([
      'Hamnens kapacitet',
      'Läget',
      'Mötets öppnande',
      'Övriga frågor',
    ]);
    const partial = await a.asStaff.graphql(`mutation($m: ID!, $ids: [ID!]!) { reorderAgendaItems(meetingId: $m, itemIds: $ids) { id } }`, {
      m: meeting.id,
      ids: [agenda[1].id],
    });
    expect(fieldErrors(partial)).toEqual(['itemIds:invalidOption']);

    const removed = await a.asStaff.graphql(`mutation($id: ID!) { removeAgendaItem(itemId: $id) { agenda { number title } } }`, {
      id: agenda[1].id,
    });
    expect(removed.data!.removeAgendaItem.agenda).toEqual([
      { number: '1', title: 'Mötets öppnande' },
      { number: '2', title: 'Övriga frågor' },
    ]);

    expect((await a.asStaff.graphql(STATUS, { id: meeting.id, s: 'CLOSED' })).errors![0].extensions!.fieldErrors[0].code).toBe(
      'meetingTransitionNotAllowed',
    );
    await a.asStaff.graphql(STATUS, { id: meeting.id, s: 'IN_PROGRESS' });
    const closed = await a.asStaff.graphql(STATUS, { id: meeting.id, s: 'CLOSED' });
    expect(closed.data!.changeMeetingStatus.status).toBe('CLOSED');
    expect(fieldErrors(await add(a.asStaff, { title: 'För sent' }))).toEqual(['meetingId:meetingNotEditable']);
  });

  it('puts an object on the next planned meeting once, and says when there is none', async () => {
    const object = await newObject('Nästa möte-objektet');
    const PUT = `mutation($id: ID!) { putObjectOnNextMeeting(objectId: $id) { id agenda { title objects { id } } } }`;
    const other = await createArena(flaskhals, 'moten-tom', ['Ensamt AB']);
    const lonely = await other.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(other, {}, { name: 'Utan möte' }) });
    const none = await other.asStaff.graphql(PUT, { id: lonely.data!.reportBottleneck.object.id });
    expect(fieldErrors(none)).toEqual(['objectId:noUpcomingMeeting']);

    const next = await createMeeting('Närmast', inDays(1), inDays(1, 11));
    await createMeeting('Längre fram', inDays(60), inDays(60, 11));
    const put = await a.asStaff.graphql(PUT, { id: object });
    expect(put.data!.putObjectOnNextMeeting.id).toBe(next.id);
    const again = await a.asStaff.graphql(PUT, { id: object });
    expect(again.data!.putObjectOnNextMeeting.agenda.filter((i: any) => i.objects.some((o: any) => o.id === object))).toHaveLength(1);
    expect((await a.asMember[0].graphql(PUT, { id: object })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe("putting the register's selection on the next meeting", () => {
  it('puts every chosen object on the next meeting once, or none of them when one is refused', async () => {
    const arena = await createArena(flaskhals, 'moten-urval', ['Urvalsbolaget AB']);
    const object = async (name: string) =>
      (await arena.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(arena, {}, { name }) })).data!.reportBottleneck.object.id;
    const [first, second] = [await object('Urval ett'), await object('Urval två')];
    const PUT_MANY = `mutation($ids: [ID!]!) { putObjectsOnNextMeeting(objectIds: $ids) { id agenda { title objects { id } } } }`;
    expect(fieldErrors(await arena.asStaff.graphql(PUT_MANY, { ids: [first] }))).toEqual(['objectIds.0:noUpcomingMeeting']);

    const created = await arena.asStaff.graphql(CREATE, {
      arenaId: arena.arena.id,
      input: { title: 'Urvalsmötet', startsAt: inDays(3), endsAt: inDays(3, 11), place: 'Arboga' },
    });
    const meetingId = created.data!.createMeeting.id;
    // One object of another arena: refused by its place in the list, and nothing is added.
    const foreign = await newObject('Annan arenas objekt');
    const refused = await arena.asStaff.graphql(PUT_MANY, { ids: [first, foreign] });
    expect(fieldErrors(refused)).toEqual(['objectIds.1:notFound']);
    const read = await arena.asStaff.graphql(`query($id: ID!) { meeting(id: $id) { agenda { id } } }`, { id: meetingId });
    expect(read.data!.meeting.agenda).toEqual([]);

    const put = await arena.asStaff.graphql(PUT_MANY, { ids: [first, second] });
    expect(put.data!.putObjectsOnNextMeeting).toMatchObject({ id: meetingId, agenda: [{ title: 'Urval ett' }, { title: 'Urval två' }] });
    const again = await arena.asStaff.graphql(PUT_MANY, { ids: [second, first] });
    expect(again.data!.putObjectsOnNextMeeting.agenda).toHaveLength(2);
    expect((await arena.asMember[0].graphql(PUT_MANY, { ids: [first] })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the calendar feed', () => {
  it('gives 09:00 Stockholm as the right instant in winter and summer, raises SEQUENCE on change and marks a cancelled meeting', async () => {
    const winter = await createMeeting('Kalender januari', '2027-01-18T09:00:00+01:00', '2027-01-18T11:00:00+01:00');
    const summer = await createMeeting('Kalender juli', '2027-07-05T09:00:00+02:00', '2027-07-05T11:00:00+02:00');
    await a.asStaff.graphql(STATUS, { id: summer.id, s: 'CANCELLED', r: 'För få anmälda' });

    const res = await fetch(`${flaskhals.url}/feeds/${a.arena.slug}/meetings.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byTitle = (title: string) => events.find((e) => e.summary.includes(title))!;

    const january = byTitle('Kalender januari');
    expect(january.startDate.toJSDate().toISOString()).toBe('2027-01-18T08:00:00.000Z');
    expect(january.description).toContain(`/moten/${winter.id}`);
    const july = byTitle('Kalender juli');
    expect(july.startDate.toJSDate().toISOString()).toBe('2027-07-05T07:00:00.000Z');
    expect(july.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(july.sequence).toBe(1);
    expect(january.sequence).toBe(0);

    expect((await fetch(`${flaskhals.url}/feeds/ingen-sadan-arena/meetings.ics`)).status).toBe(404);
  });
});
