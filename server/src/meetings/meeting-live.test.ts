import 'reflect-metadata';

import * as path from 'node:path';

import { type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';

import { type ArenaFixture, createArena, createUser, newObjectReport, REPORT_MUTATION, TEST_PASSWORD } from '../../test/fixtures';
import { createTestDatabase, type GraphQLResponse, type RunningFlaskhals, signInAt } from '../../test/harness';
import { connectLive } from '../../test/live-client';
import { freePort, killSpawned, SERVER_DIR, sleep, spawnUntil } from '../../test/processes';
import { dataSourceOptions } from '../common/database/data-source-options';

/** Two server processes on one database, as behind a load balancer: writes go through B, subscribers listen on A. */
const MAIN = path.join(SERVER_DIR, 'dist', 'main.js');

const LIVE = `subscription($m: ID!) { meetingChanged(meetingId: $m) {
  id status presentedItemId agenda { id number title minutes } attendees { name }
  decisions { id itemId kind text retractedAt retractReason } protocolApprovedAt adjusters { userId approvedAt } } }`;
const PRESENT = `mutation($m: ID!, $i: ID) { presentAgendaItem(meetingId: $m, itemId: $i) { id presentedItemId } }`;
const DECIDE = `mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }`;
const RETRACT = `mutation($id: ID!, $r: String!) { retractDecision(decisionId: $id, reason: $r) { decisions { id } } }`;

let database: { url: string; drop(): Promise<void> };
let db: DataSource;
let urlA: string;
let urlB: string;
let fixture: ArenaFixture;
const sockets: Client[] = [];

async function startInstance(): Promise<string> {
  const port = await freePort();
  await spawnUntil(
    [MAIN],
    {
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'never',
      TILE_URL: '',
      RATE_LIMIT_MUTATIONS: '1000000',
      RATE_LIMIT_SIGN_IN: '1000000',
    },
    /Flaskhals is ready/,
  );
  return `http://127.0.0.1:${port}`;
}

async function ok<T = any>(pending: Promise<GraphQLResponse<T>>): Promise<T> {
  const res = await pending;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Follows a meeting over its own socket on instance A and keeps every state and error it receives. */
async function follow(cookie: string | null, meetingId: string) {
  const socket = await connectLive(urlA, { cookie });
  sockets.push(socket);
  const states: Record<string, any>[] = [];
  const errors: any[] = [];
  let completed = false;
  socket.subscribe<{ meetingChanged: Record<string, any> }>(
    { query: LIVE, variables: { m: meetingId } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data?.meetingChanged) states.push(result.data.meetingChanged);
      },
      error: (error) => errors.push(error instanceof Error ? { message: error.message } : error),
      complete: () => (completed = true),
    },
  );
  const until = async (match: (state: Record<string, any>) => boolean, timeoutMs = 3_000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = states.find(match);
      if (found) return found;
      if (Date.now() > end) throw new Error(`No matching state in ${timeoutMs} ms: ${JSON.stringify(states)} ${JSON.stringify(errors)}`);
      await sleep(10);
    }
  };
  return { states, errors, until, done: () => completed };
}

async function heldMeeting() {
  const report = await ok(fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, {}, { name: 'Livekajen' }) }));
  const objectId = report.reportBottleneck.object.id as string;
  const created = await ok(
    fixture.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
      a: fixture.arena.id,
      i: { title: 'Livemöte', startsAt: '2027-02-22T09:00:00+01:00', endsAt: '2027-02-22T12:00:00+01:00', place: 'Västerås' },
    }),
  );
  const meetingId = created.createMeeting.id as string;
  const add = (input: Record<string, unknown>) =>
    ok(
      fixture.asStaff.graphql(`mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }`, {
        m: meetingId,
        i: input,
      }),
    );
  await add({ title: 'Öppnande', durationMinutes: 5 });
  const items = (await add({ title: 'Kajen', durationMinutes: 30, objectIds: [objectId] })).addAgendaItem.agenda;
  return { meetingId, objectId, openingId: items[0].id as string, itemId: items[1].id as string };
}

const start = (meetingId: string) =>
  ok(fixture.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId }));

beforeAll(async () => {
  database = await createTestDatabase();
  urlA = await startInstance(); // runs the migrations
  urlB = await startInstance();
  db = new DataSource({ ...dataSourceOptions(database.url), migrationsRun: false });
  await db.initialize();
  fixture = await createArena({ db, signIn: (e, p) => signInAt(urlB, e, p) } as RunningFlaskhals, 'livemote', ['Kajbolaget AB']);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  killSpawned();
  await db?.destroy();
  await database?.drop();
});

it('a member following on instance A sees the current state at once, then the presented item, minutes and decisions made through B', async () => {
  const { meetingId, itemId, openingId } = await heldMeeting();
  await start(meetingId);
  await ok(fixture.asStaff.graphql(PRESENT, { m: meetingId, i: openingId }));

  // Joining late: the first event is the meeting as it is, with the item already presented.
  const member = await follow(fixture.asMember[0].cookie, meetingId);
  expect(await member.until(() => true)).toMatchObject({ id: meetingId, status: 'IN_PROGRESS', presentedItemId: openingId });

  let sent = Date.now();
  const presented = await ok(fixture.asStaff.graphql(PRESENT, { m: meetingId, i: itemId }));
  expect(presented.presentAgendaItem.presentedItemId).toBe(itemId);
  await member.until((s) => s.presentedItemId === itemId);
  expect(Date.now() - sent).toBeLessThan(1_000);

  sent = Date.now();
  await ok(
    fixture.asStaff.graphql(`mutation($i: ID!, $t: String!) { setAgendaItemMinutes(itemId: $i, minutes: $t) { id } }`, {
      i: itemId,
      t: 'Kajen diskuterades.',
    }),
  );
  await member.until((s) => s.agenda.some((i: any) => i.id === itemId && i.minutes === 'Kajen diskuterades.'));
  const decided = await ok(fixture.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATEMENT', text: 'Mötet ställer sig bakom.' } }));
  expect(decided).toBeDefined();
  const withDecision = await member.until((s) => s.decisions.length === 1);
  expect(withDecision.decisions[0]).toMatchObject({ itemId, kind: 'STATEMENT', text: 'Mötet ställer sig bakom.', retractedAt: null });
  expect(Date.now() - sent).toBeLessThan(2_000);

  await ok(fixture.asStaff.graphql(RETRACT, { id: withDecision.decisions[0].id, r: 'Fel punkt' }));
  const retracted = await member.until((s) => Boolean(s.decisions[0]?.retractedAt));
  expect(retracted.decisions[0].retractReason).toBe('Fel punkt');

  await ok(fixture.asStaff.graphql(PRESENT, { m: meetingId, i: null }));
  await member.until((s) => s.presentedItemId === null && Boolean(s.decisions[0]?.retractedAt));
  expect(member.errors).toEqual([]);
});

it("a member following the closed meeting sees each adjuster's approval as it is given, the last one approving the protocol", async () => {
  const { meetingId } = await heldMeeting();
  await start(meetingId);
  await ok(fixture.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CLOSED) { id } }`, { id: meetingId }));
  const ids = await Promise.all(
    [fixture.asStaff, fixture.asMember[0]].map(async (c) => (await ok(c.graphql(`{ me { id } }`))).me.id as string),
  );
  await ok(
    fixture.asStaff.graphql(`mutation($m: ID!, $u: [ID!]!) { setProtocolAdjusters(meetingId: $m, userIds: $u) { id } }`, {
      m: meetingId,
      u: ids,
    }),
  );
  const member = await follow(fixture.asMember[0].cookie, meetingId);
  expect(await member.until(() => true)).toMatchObject({
    protocolApprovedAt: null,
    adjusters: [{ approvedAt: null }, { approvedAt: null }],
  });

  const APPROVE = `mutation($m: ID!) { approveProtocol(meetingId: $m) { id } }`;
  let sent = Date.now();
  await ok(fixture.asStaff.graphql(APPROVE, { m: meetingId }));
  // The first approval changes nothing but the adjuster's row: the follower hears of it all the same.
  const first = await member.until((s) => s.adjusters.some((a: any) => a.approvedAt !== null));
  expect(Date.now() - sent).toBeLessThan(1_000);
  expect(first.protocolApprovedAt).toBeNull();
  expect(first.adjusters.find((a: any) => a.approvedAt !== null).userId).toBe(ids[0]);

  sent = Date.now();
  await ok(fixture.asMember[0].graphql(APPROVE, { m: meetingId }));
  const approved = await member.until((s) => s.protocolApprovedAt !== null);
  expect(Date.now() - sent).toBeLessThan(1_000);
  expect(approved.adjusters.every((a: any) => a.approvedAt !== null)).toBe(true);
  expect(member.errors).toEqual([]);
});

it('a visitor and someone outside the arena cannot follow the meeting; members, observers and staff can', async () => {
  const { meetingId } = await heldMeeting();
  for (const cookie of [null, fixture.asOutsider.cookie]) {
    const stranger = await follow(cookie, meetingId);
    await sleep(300);
    expect(stranger.states).toEqual([]);
    expect(stranger.errors[0]?.extensions?.fieldErrors).toEqual([{ field: 'meetingId', code: 'notFound' }]);
  }
  for (const reader of [fixture.asObserver, fixture.asStaff]) {
    const follower = await follow(reader.cookie, meetingId);
    expect(await follower.until(() => true)).toMatchObject({ id: meetingId, status: 'PLANNED', presentedItemId: null });
  }
});

it('presenting is for staff, only while the meeting is in progress and only an item of that meeting', async () => {
  const { meetingId, itemId } = await heldMeeting();
  const other = await heldMeeting();
  const codes = async (client: typeof fixture.asStaff, m: string, i: string | null) => {
    const res = await client.graphql(PRESENT, { m, i });
    return res.errors?.map((e: any) => e.extensions?.fieldErrors?.[0]?.code ?? e.extensions?.code) ?? [];
  };
  expect(await codes(fixture.asStaff, meetingId, itemId)).toEqual(['meetingNotInProgress']);
  await start(meetingId);
  expect(await codes(fixture.asMember[0], meetingId, itemId)).toEqual(['FORBIDDEN']);
  expect(await codes(fixture.asStaff, meetingId, other.itemId)).toEqual(['notFound']);
  expect(await codes(fixture.asStaff, meetingId, itemId)).toEqual([]);
  const read = await ok(fixture.asMember[0].graphql(`query($id: ID!) { meeting(id: $id) { presentedItemId } }`, { id: meetingId }));
  expect(read.meeting.presentedItemId).toBe(itemId);
  // Closing the meeting ends the presenting.
  await ok(fixture.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CLOSED) { id } }`, { id: meetingId }));
  const closed = await ok(fixture.asMember[0].graphql(`query($id: ID!) { meeting(id: $id) { presentedItemId } }`, { id: meetingId }));
  expect(closed.meeting.presentedItemId).toBeNull();
});

it('someone whose role in the arena is taken away stops receiving the meeting at its next change', async () => {
  const { meetingId, itemId } = await heldMeeting();
  await start(meetingId);
  const user = await createUser(db, 'tillfallig@livemote.test', fixture.members[0].id, [{ arenaId: fixture.arena.id, role: 'MEMBER' }]);
  const leaving = await follow((await signInAt(urlB, 'tillfallig@livemote.test', TEST_PASSWORD)).cookie, meetingId);
  await leaving.until(() => true);

  await db.query(`DELETE FROM user_arena_role WHERE user_id = $1`, [user.id]);
  await sleep(300); // the actor caches hear of the change
  await ok(fixture.asStaff.graphql(PRESENT, { m: meetingId, i: itemId }));
  const end = Date.now() + 3_000;
  while (!leaving.done() && Date.now() < end) await sleep(20);
  expect(leaving.done()).toBe(true);
  expect(leaving.states.every((state) => state.presentedItemId === null)).toBe(true);
});
