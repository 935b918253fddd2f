import ICAL from 'ical.js';

import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'egen-kalender', ['Hamnbolaget AB', 'Åkeriet AB']);
});
afterAll(() => flaskhals.stop());

const RENEW = `mutation { renewMyMeetingsCalendar { path createdAt } }`;
const REGISTER = `mutation($m: ID!) { registerForMeeting(meetingId: $m) { id } }`;
const CANCEL = `mutation($m: ID!) { cancelMeetingRegistration(meetingId: $m) { id } }`;

async function meeting(title: string, startsAt: string, endsAt: string, capacity: number | null = null): Promise<string> {
  const res = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: { title, startsAt, endsAt, place: 'Västerås', capacity },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createMeeting.id;
}

async function renew(client: GraphQLClient): Promise<string> {
  const res = await client.graphql(RENEW);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.renewMyMeetingsCalendar.path;
}

/** The feed at the path, parsed back by an iCalendar parser, as events by title. */
async function events(path: string) {
  const res = await fetch(`${flaskhals.url}${path}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

it('gives each person a secret feed of the meetings they registered for, with their seat or place in line, renewable', async () => {
  const january = await meeting('Vintermöte', '2027-01-18T09:00:00+01:00', '2027-01-18T11:00:00+01:00', 1);
  const july = await meeting('Sommarmöte', '2027-07-05T09:00:00+02:00', '2027-07-05T11:00:00+02:00');
  await meeting('Ingen anmäld', '2027-03-01T09:00:00+01:00', '2027-03-01T11:00:00+01:00');
  const [first, second] = a.asMember;
  await first.graphql(REGISTER, { m: january });
  await first.graphql(REGISTER, { m: july });
  await second.graphql(REGISTER, { m: january });

  expect((await first.graphql(`{ myMeetingsCalendar { createdAt } }`)).data!.myMeetingsCalendar.createdAt).toBeNull();
  const firstPath = await renew(first);
  expect(firstPath).toMatch(/^\/feeds\/personal\/[\w-]{43}\/meetings\.ics$/);
  expect((await first.graphql(`{ myMeetingsCalendar { createdAt } }`)).data!.myMeetingsCalendar.createdAt).not.toBeNull();
  // Only the secret's hash is kept.
  const stored = await flaskhals.db.query(`SELECT token_hash FROM personal_calendar_token`);
  expect(stored.map((r: { token_hash: string }) => firstPath.includes(r.token_hash))).not.toContain(true);

  const mine = await events(firstPath);
  expect(mine.map((e) => e.summary).sort()).toEqual(['Sommarmöte', 'Vintermöte']);
  const winter = mine.find((e) => e.summary === 'Vintermöte')!;
  expect(winter.startDate.toJSDate().toISOString()).toBe('2027-01-18T08:00:00.000Z');
  expect(winter.description).toContain('har en plats');
  expect(winter.description).toContain(`/moten/${january}`);
  const summer = mine.find((e) => e.summary === 'Sommarmöte')!;
  expect(summer.startDate.toJSDate().toISOString()).toBe('2027-07-05T07:00:00.000Z');

  // Another person's secret shows only their meetings: here a place on the waiting list.
  const secondPath = await renew(second);
  const theirs = await events(secondPath);
  expect(theirs.map((e) => e.summary)).toEqual(['Väntelista: Vintermöte']);
  expect(theirs[0].description).toContain('väntelistan, plats 1');
  expect(theirs[0].component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  const waitingSequence = theirs[0].sequence;

  // The first cancels: the second moves up, and their calendar sees a newer version.
  await first.graphql(CANCEL, { m: january });
  const movedUp = (await events(secondPath))[0];
  expect(movedUp.summary).toBe('Vintermöte');
  expect(movedUp.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  expect(movedUp.sequence).toBeGreaterThan(waitingSequence);

  // Staff cancel the summer meeting: it stays, marked cancelled, with a higher SEQUENCE.
  const before = (await events(firstPath)).find((e) => e.summary.includes('Sommarmöte'))!.sequence;
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CANCELLED, reason: "Sjukdom") { id } }`, { id: july });
  const cancelled = (await events(firstPath)).find((e) => e.summary.includes('Sommarmöte'))!;
  expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(cancelled.summary).toBe('INSTÄLLT: Sommarmöte');
  expect(cancelled.sequence).toBeGreaterThan(before);

  // Renewing makes the old URL stop working.
  const renewed = await renew(first);
  expect((await fetch(`${flaskhals.url}${firstPath}`)).status).toBe(404);
  expect((await events(renewed)).map((e) => e.summary)).toEqual(['INSTÄLLT: Sommarmöte']);
  expect((await fetch(`${flaskhals.url}/feeds/personal/gissad/meetings.ics`)).status).toBe(404);
  expect((await flaskhals.client(null).graphql(RENEW)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
});

it('leaves out the meetings of an arena the person no longer has a role in', async () => {
  const id = await meeting('Innan rollen togs bort', '2027-02-01T09:00:00+01:00', '2027-02-01T10:00:00+01:00');
  await a.asObserver.graphql(REGISTER, { m: id });
  const path = await renew(a.asObserver);
  expect((await events(path)).map((e) => e.summary)).toContain('Innan rollen togs bort');
  const me = await a.asObserver.graphql(`{ me { id } }`);
  await flaskhals.db.query(`DELETE FROM user_arena_role WHERE user_id = $1 AND arena_id = $2`, [me.data!.me.id, a.arena.id]);
  expect(await events(path)).toEqual([]);
});

it('carries the agenda with its planned times, and every change of the agenda raises SEQUENCE in both feeds', async () => {
  const id = await meeting('Med dagordning', '2027-03-15T09:00:00+01:00', '2027-03-15T11:00:00+01:00');
  await a.asMember[0].graphql(REGISTER, { m: id });
  const path = await renew(a.asMember[0]);
  const arenaFeed = `/feeds/${a.arena.slug}/meetings.ics`;
  const sequences = async () => [
    (await events(path)).find((e) => e.summary === 'Med dagordning')!.sequence,
    (await events(arenaFeed)).find((e) => e.summary === 'Med dagordning')!.sequence,
  ];
  const before = await sequences();

  const ADD = `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }`;
  await a.asStaff.graphql(ADD, { m: id, i: { title: 'Öppnande', durationMinutes: 10, objectIds: [] } });
  const added = await a.asStaff.graphql(ADD, { m: id, i: { title: 'Hamnen', durationMinutes: 30, objectIds: [] } });
  const afterAdding = await sequences();
  expect(afterAdding[0]).toBeGreaterThan(before[0]);
  expect(afterAdding[1]).toBeGreaterThan(before[1]);
  const event = (await events(path)).find((e) => e.summary === 'Med dagordning')!;
  expect(event.description).toContain('Dagordning:\n1. 09:00 Öppnande\n2. 09:10 Hamnen');

  const [first, second] = added.data!.addAgendaItem.agenda.map((i: { id: string }) => i.id);
  await a.asStaff.graphql(`mutation($m: ID!, $ids: [ID!]!) { reorderAgendaItems(meetingId: $m, itemIds: $ids) { id } }`, {
    m: id,
    ids: [second, first],
  });
  const afterReorder = await sequences();
  expect(afterReorder[0]).toBeGreaterThan(afterAdding[0]);
  expect(afterReorder[1]).toBeGreaterThan(afterAdding[1]);
  expect((await events(path)).find((e) => e.summary === 'Med dagordning')!.description).toContain('1. 09:00 Hamnen\n2. 09:30 Öppnande');
});
