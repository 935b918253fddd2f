import 'reflect-metadata';

import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';

import type { Client } from 'graphql-ws';
import { DataSource } from 'typeorm';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { createTestDatabase, type GraphQLResponse, type RunningFlaskhals, signInAt } from '../../test/harness';
import { connectLive, subscribeObjectChanged } from '../../test/live-client';
import { exitOf, freePort, killSpawned, SERVER_DIR, sleep, spawnUntil } from '../../test/processes';
import { dataSourceOptions } from '../common/database/data-source-options';

/** Two server processes (server/dist/main.js) on one database, as behind a load balancer. */
const MAIN = path.join(SERVER_DIR, 'dist', 'main.js');
/** graphql-ws acknowledges the connection, not the subscription: give the server a moment to register it. */
const SUBSCRIBED_MS = 300;

let database: { url: string; drop(): Promise<void> };
let db: DataSource;
let urlA: string;
let urlB: string;
let onB: Pick<RunningFlaskhals, 'db' | 'signIn'>;
let fixture: ArenaFixture;
const sockets: Client[] = [];
const instances = new Map<string, ChildProcess>();

async function startInstance(): Promise<string> {
  const port = await freePort();
  const { child } = await spawnUntil(
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
  instances.set(`http://127.0.0.1:${port}`, child);
  return `http://127.0.0.1:${port}`;
}

async function live(url: string, cookie: string | null) {
  const socket = await connectLive(url, { cookie });
  sockets.push(socket);
  return socket;
}

async function ok<T = any>(pending: Promise<GraphQLResponse<T>>): Promise<T> {
  const res = await pending;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const reportOnNewObject = (name: string, visibility: 'PUBLIC' | 'MEMBERS', member = 0, delay = 4.5) =>
  ok(
    fixture.asMember[member].graphql(REPORT_MUTATION, {
      input: newObjectReport(
        fixture,
        { visibility, impact: { delayHoursPerWeek: delay, extraCostSekPerYear: 1000, freightTonnesPerYear: 10 } },
        { name },
      ),
    }),
  );

beforeAll(async () => {
  database = await createTestDatabase();
  urlA = await startInstance(); // runs the migrations
  urlB = await startInstance();
  db = new DataSource({ ...dataSourceOptions(database.url), migrationsRun: false });
  await db.initialize();
  // Fixtures sign in through instance B: every write of the tests goes through B, every subscriber listens on A.
  onB = { db, signIn: (email, password) => signInAt(urlB, email, password) };
  fixture = await createArena(onB as RunningFlaskhals, 'live', ['Liveåkeriet AB', 'Strömstål AB']);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  killSpawned();
  await db?.destroy();
  await database?.drop();
});

it('a subscriber on instance A receives the object changed by a report written through instance B, with its new totals', async () => {
  const member = subscribeObjectChanged(await live(urlA, fixture.asMember[1].cookie), fixture.arena.id);
  const visitor = subscribeObjectChanged(await live(urlA, null), fixture.arena.id);
  await sleep(SUBSCRIBED_MS);

  const sent = Date.now();
  const { reportBottleneck } = await reportOnNewObject('Livehamnen', 'PUBLIC', 0, 4.5);
  const objectId = reportBottleneck.object.id;

  const seenByMember = await member.next((o) => o.id === objectId);
  expect(seenByMember).toEqual({
    id: objectId,
    name: 'Livehamnen',
    reportCount: 1,
    organizationCount: 1,
    categories: ['CAPACITY'],
    totalImpact: { delayHoursPerWeek: 4.5, extraCostSekPerYear: 1000, freightTonnesPerYear: 10 },
  });
  expect(await visitor.next((o) => o.id === objectId)).toEqual(seenByMember);
  expect(Date.now() - sent).toBeLessThan(2_000);
  expect(member.errors).toEqual([]);
});

it('a visitor receives nothing about an object only members see, while a member does; both keep receiving what they may see', async () => {
  const member = subscribeObjectChanged(await live(urlA, fixture.asMember[1].cookie), fixture.arena.id);
  const visitor = subscribeObjectChanged(await live(urlA, null), fixture.arena.id);
  const outsider = subscribeObjectChanged(await live(urlA, fixture.asOutsider.cookie), fixture.arena.id);
  await sleep(SUBSCRIBED_MS);

  const hidden = (await reportOnNewObject('Medlemmarnas kaj', 'MEMBERS', 0, 2)).reportBottleneck.object.id;
  expect(await member.next((o) => o.id === hidden)).toMatchObject({
    name: 'Medlemmarnas kaj',
    reportCount: 1,
    totalImpact: { delayHoursPerWeek: 2 },
  });

  // Changes reach a subscriber in commit order: once the later public one has arrived, the
  // members-only one before it has been decided on, and was not sent.
  const shown = (await reportOnNewObject('Allmänna kajen', 'PUBLIC', 0, 3)).reportBottleneck.object.id;
  await visitor.next((o) => o.id === shown);
  await outsider.next((o) => o.id === shown);
  await member.next((o) => o.id === shown);
  expect(visitor.events.map((o) => o.id)).not.toContain(hidden);
  expect(outsider.events.map((o) => o.id)).not.toContain(hidden);
});

it('members see members-only figures on a published object, visitors the public ones only', async () => {
  const member = subscribeObjectChanged(await live(urlA, fixture.asMember[1].cookie), fixture.arena.id);
  const visitor = subscribeObjectChanged(await live(urlA, null), fixture.arena.id);
  await sleep(SUBSCRIBED_MS);
  const { reportBottleneck } = await reportOnNewObject('Blandade kajen', 'PUBLIC', 0, 1);
  const objectId = reportBottleneck.object.id;
  await visitor.next((o) => o.id === objectId && o.reportCount === 1);
  const input = newObjectReport(fixture, {
    visibility: 'MEMBERS',
    impact: { delayHoursPerWeek: 10, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
  });
  delete (input as Record<string, unknown>).newObject;
  await ok(fixture.asMember[1].graphql(REPORT_MUTATION, { input: { ...input, objectId } }));

  expect(await member.next((o) => o.id === objectId && o.reportCount === 2)).toMatchObject({
    organizationCount: 2,
    totalImpact: { delayHoursPerWeek: 11 },
  });
  // The visitor's view did not change (the trigger still announced the object): an event, if any, shows the public figures.
  await sleep(300);
  for (const seen of visitor.events.filter((o) => o.id === objectId))
    expect(seen).toMatchObject({ reportCount: 1, totalImpact: { delayHoursPerWeek: 1 } });
});

it('a support and a withdrawal written through B each produce an event on A with the new totals', async () => {
  const member = subscribeObjectChanged(await live(urlA, fixture.asStaff.cookie), fixture.arena.id);
  await sleep(SUBSCRIBED_MS);
  const { reportBottleneck } = await reportOnNewObject('Stödda bron', 'PUBLIC', 0, 4);
  const objectId = reportBottleneck.object.id;
  await member.next((o) => o.id === objectId && o.reportCount === 1);

  const impact = { delayHoursPerWeek: 6, extraCostSekPerYear: 500, freightTonnesPerYear: 5 };
  await ok(fixture.asMember[1].graphql(SUPPORT_MUTATION, { input: { reportId: reportBottleneck.report.id, impact } }));
  expect(await member.next((o) => o.id === objectId && o.organizationCount === 2)).toMatchObject({
    reportCount: 1,
    totalImpact: { delayHoursPerWeek: 10, extraCostSekPerYear: 1500, freightTonnesPerYear: 15 },
  });

  await ok(
    fixture.asMember[0].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id withdrawnAt } }`, {
      id: reportBottleneck.report.id,
    }),
  );
  expect(await member.next((o) => o.id === objectId && o.reportCount === 0)).toMatchObject({
    organizationCount: 0,
    categories: [],
    totalImpact: { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
  });
});

it('a transaction that changes an object twice is announced once, and a rolled-back change not at all (whoever writes: here plain SQL)', async () => {
  const subscriber = subscribeObjectChanged(await live(urlA, fixture.asStaff.cookie), fixture.arena.id);
  await sleep(SUBSCRIBED_MS);
  const { reportBottleneck } = await reportOnNewObject('Skurna kajen', 'MEMBERS', 0, 1);
  const objectId = reportBottleneck.object.id;
  await subscriber.next((o) => o.id === objectId && o.reportCount === 1);

  await db.transaction(async (tx) => {
    await tx.query(`UPDATE report SET delay_hours_per_week = delay_hours_per_week + 1 WHERE id = $1`, [reportBottleneck.report.id]);
    await tx.query(`UPDATE report SET delay_hours_per_week = delay_hours_per_week + 1 WHERE id = $1`, [reportBottleneck.report.id]);
  });
  await expect(
    db.transaction(async (tx) => {
      await tx.query(`UPDATE report SET delay_hours_per_week = 1000 WHERE id = $1`, [reportBottleneck.report.id]);
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  const fence = (await reportOnNewObject('Staketet', 'MEMBERS')).reportBottleneck.object.id;
  await subscriber.next((o) => o.id === fence);

  expect(subscriber.events.filter((o) => o.id === objectId).map((o) => o.totalImpact.delayHoursPerWeek)).toEqual([1, 3]);
});

it('after signing out, the same connection stops receiving members-only changes (the actor is resolved per event)', async () => {
  const leaving = await signInAt(urlB, 'medlem1@live.test', 'testlösenord-123');
  const subscriber = subscribeObjectChanged(await live(urlA, leaving.cookie), fixture.arena.id);
  await sleep(SUBSCRIBED_MS);
  const before = (await reportOnNewObject('Före utloggningen', 'MEMBERS')).reportBottleneck.object.id;
  await subscriber.next((o) => o.id === before);

  await ok(leaving.graphql('mutation { signOut }'));
  const after = (await reportOnNewObject('Efter utloggningen', 'MEMBERS')).reportBottleneck.object.id;
  const published = (await reportOnNewObject('Publicerad efteråt', 'PUBLIC')).reportBottleneck.object.id;
  await subscriber.next((o) => o.id === published);
  expect(subscriber.events.map((o) => o.id)).not.toContain(after);
});

it('refuses queries over the WebSocket, an unknown arena, and pages of other sites', async () => {
  const socket = await live(urlA, null);
  const query = subscribeObjectChanged(socket, fixture.arena.id, '{ arena { id } }');
  const unknown = subscribeObjectChanged(socket, '00000000-0000-4000-8000-000000000000');
  await sleep(SUBSCRIBED_MS);
  expect(JSON.stringify(query.errors)).toMatch(/Only subscriptions/);
  expect(JSON.stringify(unknown.errors)).toMatch(/BAD_USER_INPUT/);
  expect(JSON.stringify(unknown.errors)).toMatch(/arenaId/);

  await expect(connectLive(urlA, { cookie: fixture.asMember[0].cookie, origin: 'https://elak.example' })).rejects.toMatchObject({
    event: { code: 4403 },
  });
  const sameSite = await connectLive(urlA, { cookie: fixture.asMember[0].cookie, origin: urlA });
  await sameSite.dispose();
});

it("an instance told to stop (SIGTERM) ends its subscribers' connections and exits, while they are still subscribed", async () => {
  const url = await startInstance();
  const socket = await live(url, fixture.asMember[0].cookie);
  subscribeObjectChanged(socket, fixture.arena.id);
  const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
  await sleep(SUBSCRIBED_MS);
  const child = instances.get(url)!;
  const started = Date.now();
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(await closed).toBe(1001); // going away: the client reconnects, to another instance
});
