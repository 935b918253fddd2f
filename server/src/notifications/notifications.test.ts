import { XMLParser } from 'fast-xml-parser';

import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { connectLive } from '../../test/live-client';
import type { Actor } from '../access';
import { HistoryService, type NewObjectEvent } from '../history';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let b: ArenaFixture;
/** The user ids of a's people, by the client that signs in as them. */
const ids = new Map<GraphQLClient, string>();

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'notify', ['Hamnbolaget AB', 'Åkeriet AB', 'Tredje bolaget AB']);
  b = await createArena(flaskhals, 'notify-b', ['Annan arena AB']);
  for (const client of [...a.asMember, a.asStaff, a.asAdmin, a.asObserver, a.asOutsider, b.asMember[0]]) {
    ids.set(client, (await client.graphql(`{ me { id } }`)).data!.me.id);
  }
  // Two arenas of signed-in people on a machine shared with other test runs.
}, 120_000);
afterAll(() => flaskhals.stop());

const CHANGE = `mutation($input: ChangeObjectStatusInput!) { changeObjectStatus(input: $input) { id status } }`;
const FOLLOW = `mutation($id: ID!) { followObject(objectId: $id) { id followedByMe } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowObject(objectId: $id) { id followedByMe } }`;
const BELL = `{ unreadNotificationCount myNotifications(first: 50) { totalCount edges { node {
  id reason read object { id name arenaSlug } event { kind visibility data } } } } }`;

async function newObject(
  client: GraphQLClient,
  name: string,
  overrides: Record<string, unknown> = {},
  object: Record<string, unknown> = {},
) {
  const res = await client.graphql(REPORT_MUTATION, {
    input: newObjectReport(a, overrides, { name, geometry: point(16.4 + Math.random() / 10, 59.5), ...object }),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { objectId: res.data!.reportBottleneck.object.id as string, reportId: res.data!.reportBottleneck.report.id as string };
}

/** The reasons a client's notifications about an object give, per event kind ("STATUS_CHANGED:FOLLOWING"). */
async function toldAbout(client: GraphQLClient, objectId: string): Promise<string[]> {
  const res = await client.graphql(BELL);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res
    .data!.myNotifications.edges.filter((e: any) => e.node.object.id === objectId)
    .map((e: any) => `${e.node.event.kind}:${e.node.reason}`)
    .sort();
}

/** Records history events as a user would cause them (the comments feature does this for COMMENTED). */
async function recordAs(client: GraphQLClient, events: NewObjectEvent[]): Promise<void> {
  const [user] = await flaskhals.db.query(`SELECT id, name, email, organization_id AS "organizationId" FROM user_account WHERE id = $1`, [
    ids.get(client),
  ]);
  const roles = await flaskhals.db.query(`SELECT arena_id, role FROM user_arena_role WHERE user_id = $1`, [user.id]);
  const actor: Actor = { user, sessionId: null, roles: new Map(roles.map((r: any) => [r.arena_id, r.role])) };
  await flaskhals.db.transaction((tx) => flaskhals.app.get(HistoryService).record(tx, actor, events));
}

describe('who is told of what', () => {
  it('a new report: a receipt for the reporter (who now follows it), every staff member is told; nobody else', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Kvittohamnen');
    expect(await toldAbout(a.asMember[0], objectId)).toEqual(['REPORTED:RECEIPT']);
    expect(await toldAbout(a.asStaff, objectId)).toEqual(['REPORTED:NEW_REPORT']);
    expect(await toldAbout(a.asAdmin, objectId)).toEqual(['REPORTED:NEW_REPORT']);
    for (const other of [a.asMember[1], a.asObserver, a.asOutsider, b.asMember[0]]) expect(await toldAbout(other, objectId)).toEqual([]);
    const object = await a.asMember[0].graphql(`query($id: ID!) { object(id: $id) { followedByMe } }`, { id: objectId });
    expect(object.data!.object.followedByMe).toBe(true);
  });

  it('a status change reaches the followers but not the actor, non-followers or another arena', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Statusföljda hamnen');
    expect((await a.asMember[1].graphql(FOLLOW, { id: objectId })).data!.followObject).toEqual({ id: objectId, followedByMe: true });
    await a.asStaff.graphql(FOLLOW, { id: objectId });
    const changed = await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED', reason: 'Platsbesök' } });
    expect(changed.errors).toBeUndefined();
    expect(await toldAbout(a.asMember[0], objectId)).toEqual(['REPORTED:RECEIPT', 'STATUS_CHANGED:FOLLOWING']);
    expect(await toldAbout(a.asMember[1], objectId)).toEqual(['STATUS_CHANGED:FOLLOWING']);
    expect(await toldAbout(a.asStaff, objectId)).toEqual(['REPORTED:NEW_REPORT']);
    expect(await toldAbout(a.asMember[2], objectId)).toEqual([]);
    expect(await toldAbout(b.asMember[0], objectId)).toEqual([]);
  });

  it('each visibility tier reaches exactly the followers who may see it', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Nivåhamnen');
    for (const client of [a.asMember[1], a.asMember[2], a.asStaff]) await client.graphql(FOLLOW, { id: objectId });
    const event = { arenaId: a.arena.id, objectId, kind: 'PLANNING_CHANGED' as const, data: { to: 'AVS_ONGOING' } };
    await recordAs(a.asAdmin, [
      { ...event, visibility: 'MEMBERS' },
      { ...event, visibility: 'ORGANIZATION', organizationId: a.members[1].id },
      { ...event, visibility: 'STAFF' },
    ]);
    const tiers = async (client: GraphQLClient) =>
      (await client.graphql(BELL))
        .data!.myNotifications.edges.filter((e: any) => e.node.object.id === objectId && e.node.event.kind === 'PLANNING_CHANGED')
        .map((e: any) => e.node.event.visibility)
        .sort();
    expect(await tiers(a.asMember[0])).toEqual(['MEMBERS']);
    expect(await tiers(a.asMember[1])).toEqual(['MEMBERS', 'ORGANIZATION']);
    expect(await tiers(a.asMember[2])).toEqual(['MEMBERS']);
    expect(await tiers(a.asStaff)).toEqual(['MEMBERS', 'ORGANIZATION', 'STAFF']);
  });

  it("another organization's confidential report is told to staff only, and a public one to every follower", async () => {
    const { objectId } = await newObject(a.asMember[0], 'Hemliga kajen');
    await a.asMember[1].graphql(FOLLOW, { id: objectId });
    const secret = await a.asMember[2].graphql(REPORT_MUTATION, {
      input: { ...newObjectReport(a, { visibility: 'ORGANIZATION', title: 'Hemlig rapport' }), newObject: undefined, objectId },
    });
    expect(secret.errors).toBeUndefined();
    expect(await toldAbout(a.asMember[1], objectId)).toEqual([]);
    expect(await toldAbout(a.asMember[0], objectId)).toEqual(['REPORTED:RECEIPT']);
    expect(await toldAbout(a.asStaff, objectId)).toEqual(['REPORTED:NEW_REPORT', 'REPORTED:NEW_REPORT']);
    expect(await toldAbout(a.asMember[2], objectId)).toEqual(['REPORTED:RECEIPT']);

    const { reportId: publicReportId } = await newObjectReportOn(objectId, 'PUBLIC');
    const support = await a.asMember[1].graphql(SUPPORT_MUTATION, {
      input: {
        reportId: publicReportId,
        impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
      },
    });
    expect(support.errors).toBeUndefined();
    expect(await toldAbout(a.asMember[1], objectId)).toEqual(['REPORTED:FOLLOWING']);
    expect(await toldAbout(a.asMember[0], objectId)).toEqual(['REPORTED:RECEIPT', 'REPORTED:RECEIPT', 'SUPPORTED:FOLLOWING']);

    // A report withdrawn later takes its notifications away from those who no longer see it.
    const withdrawn = await a.asMember[0].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: publicReportId });
    expect(withdrawn.errors).toBeUndefined();
    expect(await toldAbout(a.asMember[1], objectId)).toEqual([]);
  });

  it('a mention in a comment tells the person named, if they have a role in the arena; the author follows the object', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Nämnda bron');
    await recordAs(a.asMember[1], [
      {
        arenaId: a.arena.id,
        objectId,
        kind: 'COMMENTED',
        visibility: 'MEMBERS',
        data: { text: 'Vad tycker ni?', mentionedUserIds: [ids.get(a.asMember[2]), ids.get(a.asOutsider), 'inte-ett-id'] },
      },
    ]);
    expect(await toldAbout(a.asMember[2], objectId)).toEqual(['COMMENTED:MENTIONED']);
    expect(await toldAbout(a.asOutsider, objectId)).toEqual([]);
    expect(await toldAbout(a.asMember[0], objectId)).toEqual(['COMMENTED:FOLLOWING', 'REPORTED:RECEIPT']);
    const followed = await a.asMember[1].graphql(`{ followedObjects { totalCount edges { node { object { id name arenaSlug } } } } }`);
    expect(followed.data!.followedObjects.edges.map((e: any) => e.node.object.id)).toContain(objectId);
  });
});

/** A report of a's member 0 on an existing object. */
async function newObjectReportOn(objectId: string, visibility: string) {
  const res = await a.asMember[0].graphql(REPORT_MUTATION, {
    input: { ...newObjectReport(a, { visibility, title: 'Ännu en rapport' }), newObject: undefined, objectId },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { reportId: res.data!.reportBottleneck.report.id as string };
}

describe('the bell', () => {
  it('counts unread, marks one or all read, and refuses bad ids', async () => {
    const { objectId } = await newObject(a.asMember[2], 'Klockhamnen');
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED' } });
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'PRIORITIZED' } });
    const before = (await a.asMember[2].graphql(BELL)).data!;
    expect(before.unreadNotificationCount).toBeGreaterThanOrEqual(3);
    const newest = before.myNotifications.edges[0].node;
    expect(newest).toMatchObject({ reason: 'FOLLOWING', read: false, event: { kind: 'STATUS_CHANGED', data: { to: 'PRIORITIZED' } } });
    const after = await a.asMember[2].graphql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [newest.id] });
    expect(after.data!.markNotificationsRead).toBe(before.unreadNotificationCount - 1);
    const bad = await a.asMember[2].graphql(`mutation { markNotificationsRead(ids: ["x"]) }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.0' });
    const none = await a.asMember[2].graphql(`mutation { markNotificationsRead }`);
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const all = await a.asMember[2].graphql(`mutation { markNotificationsRead(all: true) }`);
    expect(all.data!.markNotificationsRead).toBe(0);
    // Marking read touches only one's own notifications.
    expect((await a.asStaff.graphql(BELL)).data!.unreadNotificationCount).toBeGreaterThan(0);
  });

  it('pages newest first', async () => {
    const first = await a.asStaff.graphql(
      `{ myNotifications(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }`,
    );
    const page = first.data!.myNotifications;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await a.asStaff.graphql(`query($after: String) { myNotifications(first: 2, after: $after) { edges { node { id } } } }`, {
      after: page.pageInfo.endCursor,
    });
    expect(next.data!.myNotifications.edges[0].node.id).not.toBe(page.edges[1].node.id);
  });

  it('unfollowing stops the notifications', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Avföljda hamnen');
    expect((await a.asMember[0].graphql(UNFOLLOW, { id: objectId })).data!.unfollowObject.followedByMe).toBe(false);
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED' } });
    expect(await toldAbout(a.asMember[0], objectId)).toEqual(['REPORTED:RECEIPT']);
    const unknown = await a.asMember[0].graphql(FOLLOW, { id: '00000000-0000-4000-8000-000000000009' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objectId', fieldErrors: [{ code: 'notFound' }] });
  });

  it('pushes the unread count over the subscription when a followed object changes', async () => {
    const { objectId } = await newObject(a.asMember[1], 'Levande klockan');
    const socket = await connectLive(flaskhals.url, { cookie: a.asMember[1].cookie });
    const counts: number[] = [];
    const unsubscribe = socket.subscribe<{ unreadNotificationCountChanged: number }>(
      { query: `subscription { unreadNotificationCountChanged }` },
      { next: (r) => r.data && counts.push(r.data.unreadNotificationCountChanged), error: () => undefined, complete: () => undefined },
    );
    const waitForCount = async (predicate: (n: number) => boolean) => {
      for (let i = 0; i < 250 && !counts.some(predicate); i++) await new Promise((r) => setTimeout(r, 20));
      return counts.find(predicate);
    };
    const initial = await waitForCount(() => true);
    expect(initial).toBe((await a.asMember[1].graphql(BELL)).data!.unreadNotificationCount);
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED' } });
    expect(await waitForCount((n) => n === initial! + 1)).toBe(initial! + 1);
    await a.asMember[1].graphql(`mutation { markNotificationsRead(all: true) }`);
    expect(await waitForCount((n) => n === 0)).toBe(0);
    unsubscribe();
    await socket.dispose();
    const visitor = await connectLive(flaskhals.url, {});
    const refused = await new Promise<any>((resolve) =>
      visitor.subscribe(
        { query: `subscription { unreadNotificationCountChanged }` },
        { next: resolve, error: resolve, complete: () => undefined },
      ),
    );
    expect(JSON.stringify(refused)).toContain('UNAUTHENTICATED');
    await visitor.dispose();
  });
});

describe('area alerts', () => {
  const CREATE = `mutation($input: AreaAlertInput!) { createAreaAlert(input: $input) { id name municipalities categories kinds area } }`;
  const square = (lng: number, lat: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [lng - 0.05, lat - 0.05],
        [lng + 0.05, lat - 0.05],
        [lng + 0.05, lat + 0.05],
        [lng - 0.05, lat + 0.05],
        [lng - 0.05, lat - 0.05],
      ],
    ],
  });

  it('tells of a new object in the drawn area or a picked municipality, of the chosen category, and of nothing else', async () => {
    const drawn = await a.asMember[2].graphql(CREATE, {
      input: { arenaId: a.arena.id, name: 'Köpingsområdet', area: square(16.0, 59.5), categories: ['CAPACITY'] },
    });
    expect(drawn.errors).toBeUndefined();
    const byName = await a.asObserver.graphql(CREATE, {
      input: { arenaId: a.arena.id, name: 'Arboga', municipalities: ['arboga'], kinds: ['ROAD'] },
    });
    expect(byName.errors).toBeUndefined();

    const inside = await newObject(a.asMember[0], 'Inne i området', { category: 'CAPACITY' }, { geometry: point(16.01, 59.51) });
    const wrongCategory = await newObject(a.asMember[0], 'Fel kategori', { category: 'SAFETY' }, { geometry: point(16.02, 59.52) });
    const outside = await newObject(a.asMember[0], 'Utanför området', { category: 'CAPACITY' }, { geometry: point(17.5, 59.9) });
    const road = await newObject(
      a.asMember[0],
      'Vägen i Arboga',
      {},
      { kind: 'ROAD', municipality: 'Arboga', geometry: point(15.8, 59.4) },
    );
    const port = await newObject(
      a.asMember[0],
      'Hamnen i Arboga',
      {},
      { kind: 'PORT', municipality: 'Arboga', geometry: point(15.8, 59.4) },
    );

    expect(await toldAbout(a.asMember[2], inside.objectId)).toEqual(['REPORTED:AREA_ALERT']);
    expect(await toldAbout(a.asMember[2], wrongCategory.objectId)).toEqual([]);
    expect(await toldAbout(a.asMember[2], outside.objectId)).toEqual([]);
    expect(await toldAbout(a.asObserver, road.objectId)).toEqual(['REPORTED:AREA_ALERT']);
    expect(await toldAbout(a.asObserver, port.objectId)).toEqual([]);
    // Only the first report makes an object new.
    await newObjectReportOn(inside.objectId, 'MEMBERS');
    expect(await toldAbout(a.asMember[2], inside.objectId)).toEqual(['REPORTED:AREA_ALERT']);

    const updated = await a.asMember[2].graphql(
      `mutation($id: ID!, $input: AreaAlertInput!) { updateAreaAlert(id: $id, input: $input) { name municipalities categories } }`,
      {
        id: drawn.data!.createAreaAlert.id,
        input: { arenaId: a.arena.id, name: 'Köping och Arboga', area: square(16.0, 59.5), municipalities: ['Arboga'] },
      },
    );
    expect(updated.data!.updateAreaAlert).toEqual({ name: 'Köping och Arboga', municipalities: ['Arboga'], categories: [] });
    const list = await a.asMember[2].graphql(`query($a: ID!) { myAreaAlerts(arenaId: $a) { totalCount edges { node { id name } } } }`, {
      a: a.arena.id,
    });
    expect(list.data!.myAreaAlerts.edges.map((e: any) => e.node.name)).toEqual(['Köping och Arboga']);
    const id = drawn.data!.createAreaAlert.id;
    const stolen = await a.asMember[1].graphql(`mutation($id: ID!) { deleteAreaAlert(id: $id) }`, { id });
    expect(stolen.errors![0].extensions!.fieldErrors[0].code).toBe('notFound');
    expect((await a.asMember[2].graphql(`mutation($id: ID!) { deleteAreaAlert(id: $id) }`, { id })).data!.deleteAreaAlert).toBe(true);
  });

  it('refuses an alert without area or municipality, and an area that is not a polygon', async () => {
    const empty = await a.asMember[0].graphql(CREATE, { input: { arenaId: a.arena.id, name: 'Ingenstans' } });
    expect(empty.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ code: 'areaOrMunicipalities', field: 'input.area' }],
    });
    const line = await a.asMember[0].graphql(CREATE, {
      input: {
        arenaId: a.arena.id,
        name: 'Linje',
        area: {
          type: 'LineString',
          coordinates: [
            [16, 59],
            [17, 60],
          ],
        },
      },
    });
    expect(line.errors![0].extensions!.fieldErrors[0]).toMatchObject({ field: 'input.area', code: 'geometryTypeNotAllowed' });
    const count = await flaskhals.db.query(`SELECT count(*)::int AS n FROM area_alert WHERE name IN ('Ingenstans', 'Linje')`);
    expect(count[0].n).toBe(0);
  });
});

describe('the Atom feed', () => {
  it('is valid Atom of the public changes: a public status change, never a members-only report', async () => {
    const published = await newObject(a.asMember[0], 'Offentliga hamnen', { visibility: 'PUBLIC' });
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [published.objectId], status: 'CONFIRMED' } });
    const hidden = await newObject(a.asMember[0], 'Medlemshamnen', { visibility: 'MEMBERS' });
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [hidden.objectId], status: 'CONFIRMED' } });

    const response = await fetch(`${flaskhals.url}/feeds/${a.arena.slug}/atom.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toContain(`/feeds/${a.arena.slug}/atom.xml`);
    expect(Date.parse(feed.updated)).not.toBeNaN();
    const titles = feed.entry.map((e: any) => e.title['#text']);
    expect(titles).toContain('”Offentliga hamnen” har fått status Bekräftad.');
    expect(xml).not.toContain('Medlemshamnen');
    const entry = feed.entry.find((e: any) => e.title['#text'].includes('Offentliga hamnen'));
    expect(entry.id).toMatch(/^urn:uuid:/);
    expect(entry.link[0]['@_href']).toContain(`object=${published.objectId}`);
    expect((await fetch(`${flaskhals.url}/feeds/finns-inte/atom.xml`)).status).toBe(404);
  });
});
