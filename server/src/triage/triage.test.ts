import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'triage', ['Provåkeriet AB', 'Demostål AB']);
});
afterAll(() => flaskhals.stop());

const CHANGE = `mutation($input: ChangeObjectStatusInput!) { changeObjectStatus(input: $input) { id status } }`;
const STATUS = `query($id: ID!) { object(id: $id) { id status previousStatus } }`;
const TIMELINE = `query($id: ID!) { object(id: $id) { timeline(first: 50) { totalCount edges { node { kind byStaff personName organizationName data reportId } } } } }`;
const QUEUE = `query($arenaId: ID) { triageQueue(arenaId: $arenaId) { totalCount newCount items { edges { node { isNew object { id name } events { kind organizationName } } } } } }`;

async function newObject(client: GraphQLClient, name: string, overrides: Record<string, unknown> = {}) {
  const res = await client.graphql(REPORT_MUTATION, {
    input: newObjectReport(a, overrides, { name, geometry: point(16.4 + Math.random() / 10, 59.5) }),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { objectId: res.data!.reportBottleneck.object.id as string, reportId: res.data!.reportBottleneck.report.id as string };
}

async function statusOf(id: string): Promise<string> {
  return (await a.asStaff.graphql(STATUS, { id })).data!.object.status;
}

async function timelineKinds(client: GraphQLClient, id: string): Promise<string[]> {
  const res = await client.graphql(TIMELINE, { id });
  return res.data!.object.timeline.edges.map((e: any) => e.node.kind);
}

describe('status changes', () => {
  it('staff move an object through the workflow with a reason that every reader of the object sees in its history', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Statushamnen');
    const res = await a.asStaff.graphql(CHANGE, {
      input: { objectIds: [objectId], status: 'CONFIRMED', reason: 'Bekräftad vid platsbesök' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeObjectStatus).toEqual([{ id: objectId, status: 'CONFIRMED' }]);
    const timeline = (await a.asMember[1].graphql(TIMELINE, { id: objectId })).data!.object.timeline;
    expect(timeline.edges[0].node).toMatchObject({
      kind: 'STATUS_CHANGED',
      byStaff: true,
      personName: null,
      data: { from: 'REPORTED', to: 'CONFIRMED', reason: 'Bekräftad vid platsbesök' },
    });
    const staffView = (await a.asStaff.graphql(TIMELINE, { id: objectId })).data!.object.timeline;
    expect(staffView.edges[0].node.personName).toBe('kansli');
  });

  it('refuses a transition the workflow does not allow, naming the statuses, and leaves the object as it was', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Förbjudna hamnen');
    const res = await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'PRIORITIZED' } });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
      fieldErrors: [{ code: 'transitionNotAllowed', params: { from: 'REPORTED', to: 'PRIORITIZED', objectId } }],
    });
    expect(res.errors![0].message).toContain('from REPORTED to PRIORITIZED');
    expect(await statusOf(objectId)).toBe('REPORTED');
    expect(await timelineKinds(a.asStaff, objectId)).toEqual(['REPORTED']);
  });

  it('a bulk change that meets one refused object changes none; a valid bulk change changes all', async () => {
    const first = await newObject(a.asMember[0], 'Bulk ett');
    const second = await newObject(a.asMember[0], 'Bulk två');
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [first.objectId], status: 'CONFIRMED' } });
    const mixed = await a.asStaff.graphql(CHANGE, { input: { objectIds: [first.objectId, second.objectId], status: 'PRIORITIZED' } });
    expect(mixed.errors![0].extensions!.fieldErrors).toEqual([
      expect.objectContaining({
        code: 'transitionNotAllowed',
        params: expect.objectContaining({ objectId: second.objectId, from: 'REPORTED' }),
      }),
    ]);
    expect(await statusOf(first.objectId)).toBe('CONFIRMED');
    expect(await statusOf(second.objectId)).toBe('REPORTED');

    const valid = await a.asStaff.graphql(CHANGE, {
      input: { objectIds: [first.objectId, second.objectId], status: 'DISMISSED', reason: 'Utanför arenan' },
    });
    expect(valid.data!.changeObjectStatus.map((o: any) => o.status)).toEqual(['DISMISSED', 'DISMISSED']);
  });

  it('refuses system statuses, unknown ids, repeated ids and members', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Systemhamnen');
    const inactive = await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'INACTIVE' } });
    expect(inactive.errors![0].extensions!.fieldErrors[0].code).toBe('transitionNotAllowed');
    const unknown = await a.asStaff.graphql(CHANGE, {
      input: { objectIds: [objectId, '00000000-0000-4000-8000-000000000009'], status: 'CONFIRMED' },
    });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objectIds.1' });
    const twice = await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId, objectId], status: 'CONFIRMED' } });
    expect(twice.errors![0].extensions).toMatchObject({ field: 'objectIds.1', fieldErrors: [{ code: 'duplicateIds' }] });
    const member = await a.asMember[0].graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED' } });
    expect(member.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await statusOf(objectId)).toBe('REPORTED');
  });
});

describe('an object without a counting report', () => {
  const NEARBY = `query($arenaId: ID, $g: JSON!) { nearbyObjects(arenaId: $arenaId, geometry: $g, radiusMeters: 500) { object { id } } }`;
  const LIST = `query($f: ObjectFilter) { objects(filter: $f, first: 1000) { edges { node { id } } } }`;

  it('becomes INACTIVE when its last report is withdrawn: off the map and the nearby suggestions, restorable by staff', async () => {
    const where = point(16.9, 59.9);
    const res = await a.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(a, {}, { name: 'Övergivna kajen', geometry: where }),
    });
    const { id: objectId } = res.data!.reportBottleneck.object;
    await a.asStaff.graphql(CHANGE, { input: { objectIds: [objectId], status: 'CONFIRMED' } });
    const withdrawn = await a.asMember[0].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, {
      id: res.data!.reportBottleneck.report.id,
    });
    expect(withdrawn.errors).toBeUndefined();
    expect((await a.asStaff.graphql(STATUS, { id: objectId })).data!.object).toMatchObject({
      status: 'INACTIVE',
      previousStatus: 'CONFIRMED',
    });

    const nearby = await a.asMember[1].graphql(NEARBY, { arenaId: a.arena.id, g: where });
    expect(nearby.data!.nearbyObjects.map((m: any) => m.object.id)).not.toContain(objectId);
    const onMap = await a.asMember[1].graphql(LIST, { f: { arenaId: a.arena.id } });
    expect(onMap.data!.objects.edges.map((e: any) => e.node.id)).not.toContain(objectId);
    const asked = await a.asMember[1].graphql(LIST, { f: { arenaId: a.arena.id, statuses: ['INACTIVE'] } });
    expect(asked.data!.objects.edges.map((e: any) => e.node.id)).toContain(objectId);

    expect(
      (await a.asMember[0].graphql(`mutation($id: ID!) { restoreObject(objectId: $id) { status } }`, { id: objectId })).errors![0]
        .extensions!.code,
    ).toBe('FORBIDDEN');
    const restored = await a.asStaff.graphql(`mutation($id: ID!) { restoreObject(objectId: $id) { status } }`, { id: objectId });
    expect(restored.data!.restoreObject.status).toBe('CONFIRMED');
    expect((await timelineKinds(a.asStaff, objectId)).slice(0, 2)).toEqual(['RESTORED', 'DEACTIVATED']);
    const again = await a.asStaff.graphql(`mutation($id: ID!) { restoreObject(objectId: $id) { status } }`, { id: objectId });
    expect(again.errors![0].extensions!.fieldErrors[0].code).toBe('notInactive');
  });

  it('comes back by itself, with its status, when a member reports on it again', async () => {
    const { objectId, reportId } = await newObject(a.asMember[0], 'Återkommande bron');
    await a.asMember[0].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: reportId });
    expect(await statusOf(objectId)).toBe('INACTIVE');
    const input = { ...newObjectReport(a), newObject: undefined, objectId };
    const res = await a.asMember[1].graphql(REPORT_MUTATION, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportBottleneck.object.status).toBe('REPORTED');
  });
});

describe('history visibility', () => {
  it('shows a confidential report only to its organization and staff, and nothing unpublished to visitors', async () => {
    const { objectId } = await newObject(a.asMember[0], 'Hemliga terminalen', { visibility: 'PUBLIC' });
    const confidential = await a.asMember[1].graphql(REPORT_MUTATION, {
      input: { ...newObjectReport(a, { visibility: 'ORGANIZATION', title: 'Konfidentiellt' }), newObject: undefined, objectId },
    });
    expect(confidential.errors).toBeUndefined();
    const own = await a.asMember[1].graphql(TIMELINE, { id: objectId });
    expect(own.data!.object.timeline.edges.filter((e: any) => e.node.kind === 'REPORTED')).toHaveLength(2);
    const other = await a.asMember[0].graphql(TIMELINE, { id: objectId });
    expect(other.data!.object.timeline.edges.map((e: any) => e.node.data.title)).toEqual(['Trång infart till hamnen']);
    const visitor = await flaskhals.client(null).graphql(TIMELINE, { id: objectId });
    expect(visitor.data!.object.timeline.totalCount).toBe(1);
    const staff = await a.asStaff.graphql(TIMELINE, { id: objectId });
    expect(staff.data!.object.timeline.totalCount).toBe(2);

    const { objectId: unpublished } = await newObject(a.asMember[0], 'Opublicerade kajen');
    expect((await flaskhals.client(null).graphql(TIMELINE, { id: unpublished })).data!.object).toBeNull();
  });
});

describe('the triage queue', () => {
  it("lists what members did since staff last handled each object, oldest first, marks what is new since the reader's last visit", async () => {
    const b = await createArena(flaskhals, 'triage-queue', ['Köbolaget AB', 'Stödbolaget AB']);
    const first = await b.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(b, {}, { name: 'Kö ett' }) });
    const second = await b.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(b, {}, { name: 'Kö två' }) });
    const firstId = first.data!.reportBottleneck.object.id;
    const secondId = second.data!.reportBottleneck.object.id;
    await b.asMember[1].graphql(SUPPORT_MUTATION, {
      input: {
        reportId: first.data!.reportBottleneck.report.id,
        impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
      },
    });

    let queue = (await b.asStaff.graphql(QUEUE, { arenaId: b.arena.id })).data!.triageQueue;
    expect(queue).toMatchObject({ totalCount: 2, newCount: 2 });
    expect(queue.items.edges.map((e: any) => e.node.object.name)).toEqual(['Kö ett', 'Kö två']);
    expect(queue.items.edges[0].node.events).toEqual([
      { kind: 'REPORTED', organizationName: 'Köbolaget AB' },
      { kind: 'SUPPORTED', organizationName: 'Stödbolaget AB' },
    ]);

    const seen = await b.asStaff.graphql(`mutation($a: ID!) { markTriageQueueSeen(arenaId: $a) { totalCount newCount } }`, {
      a: b.arena.id,
    });
    expect(seen.data!.markTriageQueueSeen).toEqual({ totalCount: 2, newCount: 0 });
    queue = (await b.asStaff.graphql(QUEUE, { arenaId: b.arena.id })).data!.triageQueue;
    expect(queue).toMatchObject({ totalCount: 2, newCount: 0 });
    expect(queue.items.edges.every((e: any) => !e.node.isNew)).toBe(true);

    const handled = await b.asStaff.graphql(`mutation($a: ID!, $ids: [ID!]!) { markTriaged(arenaId: $a, objectIds: $ids) { id } }`, {
      a: b.arena.id,
      ids: [firstId],
    });
    expect(handled.data!.markTriaged).toEqual([{ id: firstId }]);
    await b.asStaff.graphql(CHANGE, { input: { objectIds: [secondId], status: 'CONFIRMED' } });
    expect((await b.asStaff.graphql(QUEUE, { arenaId: b.arena.id })).data!.triageQueue.totalCount).toBe(0);

    // Staff's own acts do not fill the queue; a member's new report puts the object back.
    await b.asStaff.graphql(REPORT_MUTATION, { input: { ...newObjectReport(b), newObject: undefined, objectId: firstId } });
    expect((await b.asStaff.graphql(QUEUE, { arenaId: b.arena.id })).data!.triageQueue.totalCount).toBe(0);
    await b.asMember[1].graphql(REPORT_MUTATION, { input: { ...newObjectReport(b), newObject: undefined, objectId: firstId } });
    queue = (await b.asStaff.graphql(QUEUE, { arenaId: b.arena.id })).data!.triageQueue;
    expect(queue).toMatchObject({ totalCount: 1, newCount: 1 });
    expect(queue.items.edges[0].node.events.map((e: any) => e.kind)).toEqual(['REPORTED']);

    expect((await b.asMember[0].graphql(QUEUE, { arenaId: b.arena.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
