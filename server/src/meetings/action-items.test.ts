import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { freePort } from '../../test/processes';
import { startTestSmtpServer, type TestSmtpServer, waitFor } from '../../test/smtp-test-server';
import { MeetingReminders } from './meeting-reminders';

let flaskhals: RunningFlaskhals;
let smtp: TestSmtpServer;
let a: ArenaFixture;

beforeAll(async () => {
  smtp = await startTestSmtpServer(await freePort());
  flaskhals = await startFlaskhals({
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, OUTBOX_POLL_MS: '20', ACTION_ITEM_REMINDER_DAYS: '3' },
  });
  a = await createArena(flaskhals, 'atgarder', ['Hamnbolaget AB', 'Åkeriet AB']);
});
afterAll(async () => {
  await flaskhals?.stop();
  await smtp?.close();
});

const LIST = `query($a: ID!, $f: ActionItemFilter, $first: Int, $after: String) {
  actionItems(arenaId: $a, filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id text owner ownerUserId dueDate doneAt doneByName canMarkDone meetingTitle itemTitle } } } }`;
const DONE = `mutation($id: ID!, $done: Boolean!) { setActionItemDone(decisionId: $id, done: $done) { id doneAt doneByName } }`;

/** A meeting in progress with one item and the given action items recorded under it; answers their ids in order. */
async function decide(items: { text: string; owner: string; dueDate: string | null }[]): Promise<string[]> {
  const start = new Date(Date.now() + 86_400_000);
  const created = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: {
      title: 'Möte om åtgärder',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      place: 'Köping',
    },
  });
  const m = created.data!.createMeeting.id;
  const item = await a.asStaff.graphql(
    `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Uppföljning", durationMinutes: 10 }) { agenda { id } } }`,
    { m },
  );
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: m });
  const ids: string[] = [];
  for (const it of items) {
    const res = await a.asStaff.graphql(`mutation($i: DecisionInput!) { recordDecision(input: $i) { decisions { id } } }`, {
      i: { itemId: item.data!.addAgendaItem.agenda[0].id, kind: 'ACTION_ITEM', ...it },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    ids.push(res.data!.recordDecision.decisions.at(-1).id);
  }
  return ids;
}

const texts = (res: any) => res.data.actionItems.edges.map((e: any) => e.node.text);

it('lists the arena’s action items open first by due date, filters them, pages them, and lets staff and the owner mark them done and undo', async () => {
  const [late, soon, undated, others] = await decide([
    { text: 'Utreda vändslingan', owner: 'medlem0', dueDate: '2027-03-01' },
    { text: 'Kontakta Trafikverket', owner: 'MEDLEM0@atgarder.test', dueDate: '2027-01-15' },
    { text: 'Skriva remissvar', owner: 'Kansliet', dueDate: null },
    { text: 'Mäta köerna', owner: 'medlem1', dueDate: '2027-02-01' },
  ]);

  const open = await a.asMember[0].graphql(LIST, { a: a.arena.id });
  expect(texts(open)).toEqual(['Kontakta Trafikverket', 'Mäta köerna', 'Utreda vändslingan', 'Skriva remissvar']);
  expect(open.data!.actionItems.edges.map((e: any) => e.node.canMarkDone)).toEqual([true, false, true, false]);
  expect(open.data!.actionItems.edges[3].node.ownerUserId).toBeNull();

  // The owner marks it done; then it is listed last, under "done", with who did it.
  const marked = await a.asMember[0].graphql(DONE, { id: soon, done: true });
  expect(marked.data!.setActionItemDone).toMatchObject({ doneByName: 'medlem0' });
  expect(marked.data!.setActionItemDone.doneAt).not.toBeNull();
  expect(texts(await a.asMember[0].graphql(LIST, { a: a.arena.id, f: 'DONE' }))).toEqual(['Kontakta Trafikverket']);
  expect(texts(await a.asMember[0].graphql(LIST, { a: a.arena.id, f: 'ALL' }))).toEqual([
    'Mäta köerna',
    'Utreda vändslingan',
    'Skriva remissvar',
    'Kontakta Trafikverket',
  ]);
  expect(texts(await a.asMember[0].graphql(LIST, { a: a.arena.id, f: 'MINE' }))).toEqual(['Utreda vändslingan', 'Kontakta Trafikverket']);

  // Another member may not; staff may, and may undo.
  const refused = await a.asMember[1].graphql(DONE, { id: late, done: true });
  expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  expect((await a.asStaff.graphql(DONE, { id: undated, done: true })).data!.setActionItemDone.doneByName).toBe('kansli');
  expect((await a.asStaff.graphql(DONE, { id: soon, done: false })).data!.setActionItemDone).toMatchObject({
    doneAt: null,
    doneByName: null,
  });
  expect((await a.asMember[1].graphql(DONE, { id: others, done: true })).errors).toBeUndefined();

  // Paged two at a time: the cursor carries on where the page ended.
  const page1 = await a.asObserver.graphql(LIST, { a: a.arena.id, f: 'ALL', first: 2 });
  expect(page1.data!.actionItems).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
  const page2 = await a.asObserver.graphql(LIST, { a: a.arena.id, f: 'ALL', first: 2, after: page1.data!.actionItems.pageInfo.endCursor });
  expect([...texts(page1), ...texts(page2)]).toEqual(['Kontakta Trafikverket', 'Utreda vändslingan', 'Mäta köerna', 'Skriva remissvar']);
  expect(page2.data!.actionItems.pageInfo.hasNextPage).toBe(false);

  expect((await a.asOutsider.graphql(LIST, { a: a.arena.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
  const bad = await a.asStaff.graphql(LIST, { a: a.arena.id, after: 'inte-en-markör' });
  expect(bad.errors![0].extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'after', code: 'invalidCursor' })]);
});

it('leaves out a retracted action item', async () => {
  const [id] = await decide([{ text: 'Felaktigt beslut', owner: 'medlem0', dueDate: null }]);
  await a.asStaff.graphql(`mutation($id: ID!) { retractDecision(decisionId: $id, reason: "Fel") { id } }`, { id });
  const all = await a.asStaff.graphql(LIST, { a: a.arena.id, f: 'ALL' });
  expect(texts(all)).not.toContain('Felaktigt beslut');
  expect((await a.asStaff.graphql(DONE, { id, done: true })).errors![0].extensions!.fieldErrors[0]).toMatchObject({ code: 'notFound' });
});

it('e-mails the owner once when an action item is due within the days set and once when it is overdue', async () => {
  // The earlier tests' items are done, so only this one can be reminded.
  await flaskhals.db.query(
    `INSERT INTO action_item_progress (decision_id, done_at) SELECT id, now() FROM meeting_decision
     ON CONFLICT (decision_id) DO UPDATE SET done_at = now()`,
  );
  await decide([{ text: 'Ta fram en karta över uppställningsytor', owner: 'medlem1', dueDate: '2027-04-10' }]);
  const reminders = flaskhals.app.get(MeetingReminders);
  const at = (date: string) => new Date(`${date}T10:00:00+02:00`);

  expect((await reminders.run(at('2027-04-01'))).actionItems).toBe(0); // nine days ahead
  expect((await reminders.run(at('2027-04-07'))).actionItems).toBe(1);
  expect((await reminders.run(at('2027-04-09'))).actionItems).toBe(0);
  expect((await reminders.run(at('2027-04-10'))).actionItems).toBe(0); // due today: not late yet
  expect((await reminders.run(at('2027-04-11'))).actionItems).toBe(1);
  expect((await reminders.run(at('2027-04-20'))).actionItems).toBe(0);

  const subjects = () => smtp.received.filter((m) => m.text.includes('Ta fram en karta')).map((m) => `${m.to[0]} ${m.subject}`);
  await waitFor('both reminders', () => subjects().length === 2);
  expect(subjects().sort()).toEqual([
    'medlem1@atgarder.test Försenad åtgärd: Ta fram en karta över uppställningsytor',
    'medlem1@atgarder.test Åtgärd att göra senast 2027-04-10: Ta fram en karta över uppställningsytor',
  ]);

  // Done items are not reminded.
  const [doneId] = await decide([{ text: 'Redan gjord', owner: 'medlem1', dueDate: '2027-04-12' }]);
  await a.asStaff.graphql(DONE, { id: doneId, done: true });
  expect((await reminders.run(at('2027-04-11'))).actionItems).toBe(0);
});
