import {
  type ArenaFixture,
  createArena,
  createUser,
  newObjectReport,
  REPORT_MUTATION,
  SUPPORT_MUTATION,
  TEST_PASSWORD,
} from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import {
  MERGE,
  MOVE,
  newObject,
  reportOn,
  snapshot,
  summedFromRows,
  support,
  TIMELINE,
  timelineKinds,
  UNDO,
} from '../../test/merge-fixtures';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'merges', ['Hamnbolaget AB', 'Åkeriet AB', 'Stålverket AB']);
});
afterAll(() => flaskhals.stop());

const MERGE_QUERY = `query($id: ID!) { objectMerge(id: $id) { id canUndo undoBlockedBy keptName duplicateName movedReports } }`;
const OBJECT = `query($id: ID!) { object(id: $id) { id name status duplicateOf previousStatus reportCount } }`;

async function merge(keptId: string, duplicateId: string, reason?: string) {
  return a.asStaff.graphql(MERGE, { input: { keptId, duplicateId, reason } });
}

/** Two objects reported by several organizations, with supports, a confidential and a withdrawn report. */
async function twoObjects(prefix: string) {
  const kept = await newObject(a, a.asMember[0], `${prefix} hamnen norr`, {
    delayHoursPerWeek: 2,
    extraCostSekPerYear: 1000,
    freightTonnesPerYear: 50,
  });
  await reportOn(a, a.asMember[1], kept.objectId);
  await support(a.asMember[2], kept.reportId, 3);
  const duplicate = await newObject(a, a.asMember[1], `${prefix} norra hamnen`, {
    delayHoursPerWeek: 5,
    extraCostSekPerYear: 9000,
    freightTonnesPerYear: 400,
  });
  await support(a.asMember[0], duplicate.reportId, 1.5);
  await reportOn(a, a.asMember[2], duplicate.objectId, 'ORGANIZATION');
  const withdrawn = await reportOn(a, a.asMember[0], duplicate.objectId);
  await a.asMember[0].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: withdrawn });
  // A discussion, and a follower of both objects (who keeps one follow on the kept object).
  const comment = await a.asMember[1].graphql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, {
    i: { objectId: duplicate.objectId, body: 'Samma hamn som norr, tror vi.' },
  });
  if (comment.errors) throw new Error(JSON.stringify(comment.errors));
  await a.asAdmin.graphql(`mutation($id: ID!) { followObject(objectId: $id) { id } }`, { id: duplicate.objectId });
  return { kept: kept.objectId, duplicate: duplicate.objectId, keptReport: kept.reportId, duplicateReport: duplicate.reportId };
}

describe('merging duplicates', () => {
  it('moves every report, support and figure to the kept object, and an undo puts everything back as it was', async () => {
    const { kept, duplicate } = await twoObjects('Sammanslagna');
    const before = await snapshot(flaskhals.db, [kept, duplicate]);

    // Staff have handled the kept object; the duplicate still waits in the triage queue.
    await a.asStaff.graphql(`mutation($a: ID!, $ids: [ID!]!) { markTriaged(arenaId: $a, objectIds: $ids) }`, {
      a: a.arena.id,
      ids: [kept],
    });
    const res = await merge(kept, duplicate, 'Samma kaj, två namn');
    expect(res.errors).toBeUndefined();
    const merged = res.data!.mergeObjects;
    expect(merged.merge).toMatchObject({ keptId: kept, duplicateId: duplicate, movedReports: 3, movedSupports: 1, canUndo: true });
    expect(merged.kept).toMatchObject({ status: 'REPORTED', reportCount: 4, organizationCount: 3 });
    expect(merged.duplicate).toMatchObject({ status: 'DUPLICATE', duplicateOf: kept, previousStatus: 'REPORTED' });

    const after = await snapshot(flaskhals.db, [kept, duplicate]);
    expect(after.rows).toHaveLength(before.rows.length);
    expect(after.rows.filter((r: any) => r.t !== 'follower').every((r: any) => r.object_id === kept)).toBe(true);
    expect(after.rows.filter((r: any) => r.t === 'comment')).toHaveLength(1);
    // Every follower of the duplicate follows the kept object now (one who followed both keeps one follow there).
    const followersOf = (rows: any[], id: string) => rows.filter((r) => r.t === 'follower' && r.object_id === id).map((r) => r.id);
    expect(followersOf(after.rows, kept).sort()).toEqual(
      [...new Set([...followersOf(before.rows, kept), ...followersOf(before.rows, duplicate)])].sort(),
    );
    expect(after.perOrganization).toEqual(before.perOrganization);
    // The triggers refreshed both objects: the kept one sums everything, the duplicate nothing.
    const keptTotals = await summedFromRows(flaskhals.db, kept);
    expect(keptTotals.kept).toEqual(keptTotals.fromRows);
    expect(keptTotals.fromRows).toMatchObject({ delay: 2 + 4.5 + 3 + 5 + 1.5 + 4.5, reports: 4, organizations: 3 });
    const duplicateTotals = await summedFromRows(flaskhals.db, duplicate);
    expect(duplicateTotals.kept).toEqual({ delay: 0, cost: 0, tonnes: 0, organizations: 0, reports: 0 });

    // Both histories tell it, with the organizations involved (for their notifications).
    const keptEvent = (await a.asMember[1].graphql(TIMELINE, { id: kept })).data!.object.timeline.edges[0].node;
    expect(keptEvent).toMatchObject({ kind: 'MERGED_IN', data: { otherObjectId: duplicate, reason: 'Samma kaj, två namn' } });
    expect([...keptEvent.data.organizationIds].sort()).toEqual(a.members.map((m) => m.id).sort());
    expect((await timelineKinds(a.asStaff, duplicate))[0]).toBe('MERGED_AWAY');

    // The duplicate still answers, pointing at the kept object; nobody reports on it, and it leaves the map.
    expect((await a.asMember[2].graphql(OBJECT, { id: duplicate })).data!.object).toMatchObject({ status: 'DUPLICATE', duplicateOf: kept });
    const refused = await a.asMember[2].graphql(REPORT_MUTATION, {
      input: { ...newObjectReport(a), newObject: undefined, objectId: duplicate },
    });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'objectId',
      fieldErrors: [{ code: 'merged', params: { into: kept } }],
    });
    const list = await a.asMember[0].graphql(`query($f: ObjectFilter) { objects(filter: $f, first: 1000) { edges { node { id } } } }`, {
      f: { arenaId: a.arena.id },
    });
    const listed = list.data!.objects.edges.map((e: any) => e.node.id);
    expect(listed).toContain(kept);
    expect(listed).not.toContain(duplicate);
    // What waited in the triage queue on the duplicate waits on the kept object.
    const queue = await a.asStaff.graphql(
      `query($a: ID) { triageQueue(arenaId: $a, first: 500) { items { edges { node { object { id } } } } } }`,
      {
        a: a.arena.id,
      },
    );
    const waiting = queue.data!.triageQueue.items.edges.map((e: any) => e.node.object.id);
    expect(waiting).toContain(kept);
    expect(waiting).not.toContain(duplicate);

    const undone = await a.asStaff.graphql(UNDO, { id: merged.merge.id });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoMerge).toMatchObject({
      merge: { canUndo: false, undoBlockedBy: 'alreadyUndone' },
      duplicate: { status: 'REPORTED', duplicateOf: null },
    });
    expect(await snapshot(flaskhals.db, [kept, duplicate])).toEqual(before);
    expect((await timelineKinds(a.asStaff, kept))[0]).toBe('MERGE_UNDONE');
    expect((await timelineKinds(a.asStaff, duplicate)).slice(0, 2)).toEqual(['MERGE_UNDONE', 'MERGED_AWAY']);
    const again = await a.asStaff.graphql(UNDO, { id: merged.merge.id });
    expect(again.errors![0].extensions).toMatchObject({ field: 'mergeId', fieldErrors: [{ code: 'alreadyUndone' }] });
  });

  it('refuses the same object, another arena, an object merged already, unknown ids and members, writing nothing', async () => {
    const first = await newObject(a, a.asMember[0], 'Vägran ett');
    const second = await newObject(a, a.asMember[0], 'Vägran två');
    const third = await newObject(a, a.asMember[0], 'Vägran tre');
    const b = await createArena(flaskhals, 'merges-b', ['Annat bolag AB']);
    const elsewhere = await newObject(b, b.asMember[0], 'Annan arenas hamn');
    const count = async () => Number((await flaskhals.db.query(`SELECT count(*) FROM object_merge`))[0].count);
    const merges = await count();

    const codeOf = async (keptId: string, duplicateId: string, client = a.asStaff) => {
      const res = await client.graphql(MERGE, { input: { keptId, duplicateId } });
      const ext = res.errors![0].extensions!;
      return ext.code === 'BAD_USER_INPUT' ? `${ext.field}:${ext.fieldErrors[0].code}` : ext.code;
    };
    expect(await codeOf(first.objectId, first.objectId)).toBe('duplicateId:sameObject');
    expect(await codeOf(first.objectId, elsewhere.objectId)).toBe('FORBIDDEN');
    await createUser(flaskhals.db, 'kansli@bada.test', a.members[0].id, [
      { arenaId: a.arena.id, role: 'STAFF' },
      { arenaId: b.arena.id, role: 'STAFF' },
    ]);
    const staffOfBoth = await flaskhals.signIn('kansli@bada.test', TEST_PASSWORD);
    expect(await codeOf(first.objectId, elsewhere.objectId, staffOfBoth)).toBe('duplicateId:otherArena');
    expect(await codeOf(first.objectId, '00000000-0000-4000-8000-000000000009')).toBe('duplicateId:notFound');
    expect(await codeOf('nej', first.objectId)).toBe('keptId:invalidId');
    expect(await codeOf(first.objectId, second.objectId, a.asMember[0])).toBe('FORBIDDEN');
    expect(await codeOf(first.objectId, second.objectId, a.asObserver)).toBe('FORBIDDEN');
    expect(await codeOf(elsewhere.objectId, first.objectId, b.asStaff)).toBe('FORBIDDEN');
    expect(await count()).toBe(merges);

    expect((await merge(first.objectId, second.objectId)).errors).toBeUndefined();
    expect(await codeOf(third.objectId, second.objectId)).toBe('duplicateId:alreadyMerged');
    expect(await codeOf(second.objectId, third.objectId)).toBe('keptId:alreadyMerged');
    expect(await count()).toBe(merges + 1);
    expect((await a.asStaff.graphql(OBJECT, { id: third.objectId })).data!.object.status).toBe('REPORTED');
  });

  it('is one transaction: a failure half-way (after the rows moved) changes nothing', async () => {
    const { kept, duplicate } = await twoObjects('Avbrutna');
    const before = await snapshot(flaskhals.db, [kept, duplicate]);
    const events = async () =>
      Number((await flaskhals.db.query(`SELECT count(*) FROM object_event WHERE object_id = ANY($1)`, [[kept, duplicate]]))[0].count);
    const eventsBefore = await events();
    // A forced error in the last step of the merge: writing the duplicate's history event.
    await flaskhals.db.query(`CREATE FUNCTION fail_merge() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.kind = 'MERGED_AWAY' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`);
    await flaskhals.db.query(`CREATE TRIGGER fail_merge BEFORE INSERT ON object_event FOR EACH ROW EXECUTE FUNCTION fail_merge()`);
    try {
      const res = await merge(kept, duplicate);
      expect(res.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await flaskhals.db.query(`DROP TRIGGER fail_merge ON object_event`);
      await flaskhals.db.query(`DROP FUNCTION fail_merge()`);
    }
    expect(await snapshot(flaskhals.db, [kept, duplicate])).toEqual(before);
    expect(await events()).toBe(eventsBefore);
    expect((await flaskhals.db.query(`SELECT count(*)::int AS n FROM object_merge WHERE duplicate_id = $1`, [duplicate]))[0].n).toBe(0);
  });

  it('an undo is refused while a newer merge of either object stands, and allowed again once that one is undone', async () => {
    const kept = await newObject(a, a.asMember[0], 'Kedjehamnen');
    const first = await newObject(a, a.asMember[1], 'Kedjehamn ett');
    const second = await newObject(a, a.asMember[2], 'Kedjehamn två');
    const older = (await merge(kept.objectId, first.objectId)).data!.mergeObjects.merge.id;
    const newer = (await merge(kept.objectId, second.objectId)).data!.mergeObjects.merge.id;

    expect((await a.asStaff.graphql(MERGE_QUERY, { id: older })).data!.objectMerge).toMatchObject({
      canUndo: false,
      undoBlockedBy: 'newerMerge',
      keptName: 'Kedjehamnen',
      duplicateName: 'Kedjehamn ett',
      movedReports: 1,
    });
    const refused = await a.asStaff.graphql(UNDO, { id: older });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mergeId',
      fieldErrors: [{ code: 'newerMerge' }],
    });
    expect((await a.asStaff.graphql(OBJECT, { id: first.objectId })).data!.object.status).toBe('DUPLICATE');

    const merges = await a.asStaff.graphql(`query($id: ID!) { objectMerges(objectId: $id) { totalCount edges { node { id canUndo } } } }`, {
      id: kept.objectId,
    });
    expect(merges.data!.objectMerges).toMatchObject({
      totalCount: 2,
      edges: [{ node: { id: newer, canUndo: true } }, { node: { id: older, canUndo: false } }],
    });
    expect((await a.asMember[0].graphql(MERGE_QUERY, { id: older })).errors![0].extensions!.code).toBe('FORBIDDEN');

    expect((await a.asStaff.graphql(UNDO, { id: newer })).errors).toBeUndefined();
    expect((await a.asStaff.graphql(UNDO, { id: older })).errors).toBeUndefined();
    expect((await a.asStaff.graphql(OBJECT, { id: kept.objectId })).data!.object.reportCount).toBe(1);
  });

  it('an undo is refused once a moved report has been moved on to another object', async () => {
    const kept = await newObject(a, a.asMember[0], 'Flyttkajen');
    const duplicate = await newObject(a, a.asMember[1], 'Flyttkaj två');
    const elsewhere = await newObject(a, a.asMember[2], 'Tredje kajen');
    const merged = (await merge(kept.objectId, duplicate.objectId)).data!.mergeObjects.merge.id;
    const moved = await a.asStaff.graphql(MOVE, { input: { reportId: duplicate.reportId, toObjectId: elsewhere.objectId } });
    expect(moved.errors).toBeUndefined();
    const refused = await a.asStaff.graphql(UNDO, { id: merged });
    expect(refused.errors![0].extensions!.fieldErrors[0].code).toBe('rowsMovedSince');
  });
});

describe('a public link to a merged object', () => {
  it('still opens for visitors, pointing at the published object it was merged into', async () => {
    const kept = await newObject(a, a.asMember[0], 'Publika hamnen');
    const duplicate = await newObject(a, a.asMember[1], 'Publika hamnen, gamla namnet');
    for (const [client, reportId] of [
      [a.asMember[0], kept.reportId],
      [a.asMember[1], duplicate.reportId],
    ] as const) {
      const res = await client.graphql(`mutation($i: UpdateReportInput!) { updateReport(input: $i) { id } }`, {
        i: { reportId, visibility: 'PUBLIC' },
      });
      expect(res.errors).toBeUndefined();
    }
    const visitor = flaskhals.client(null);
    expect((await visitor.graphql(OBJECT, { id: duplicate.objectId })).data!.object).toMatchObject({ status: 'REPORTED' });
    expect((await merge(kept.objectId, duplicate.objectId)).errors).toBeUndefined();
    expect((await visitor.graphql(OBJECT, { id: duplicate.objectId })).data!.object).toMatchObject({
      status: 'DUPLICATE',
      duplicateOf: kept.objectId,
    });
  });
});

describe('a support written while a merge moves its report', () => {
  it('lands on the object the report moved to, not on the duplicate it left', async () => {
    const kept = await newObject(a, a.asMember[0], 'Samtidig hamnen syd', {
      delayHoursPerWeek: 1,
      extraCostSekPerYear: 10,
      freightTonnesPerYear: 1,
    });
    const duplicate = await newObject(a, a.asMember[1], 'Samtidig södra hamnen', {
      delayHoursPerWeek: 1,
      extraCostSekPerYear: 10,
      freightTonnesPerYear: 1,
    });
    // A merge in progress, as mergeObjects writes it: both objects locked, the report moved, not yet committed.
    const merge = await flaskhals.db.createQueryRunner();
    await merge.connect();
    await merge.startTransaction();
    await merge.query(`SELECT id FROM infrastructure_object WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      [kept.objectId, duplicate.objectId],
    ]);
    await merge.query(`UPDATE report SET object_id = $1 WHERE id = $2`, [kept.objectId, duplicate.reportId]);

    // The support reads the report still on the duplicate and waits for the duplicate's lock.
    const supporting = a.asMember[2].graphql(SUPPORT_MUTATION, {
      input: { reportId: duplicate.reportId, impact: { delayHoursPerWeek: 4, extraCostSekPerYear: 100, freightTonnesPerYear: 2 } },
    });
    for (let waited = 0; ; waited += 50) {
      const [{ n }] = await flaskhals.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      if (n > 0) break;
      if (waited > 10_000) throw new Error('the support never waited for the merge');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await merge.commitTransaction();
    await merge.release();

    const res = await supporting;
    expect(res.errors).toBeUndefined();
    const rows = await flaskhals.db.query(`SELECT object_id FROM support WHERE report_id = $1`, [duplicate.reportId]);
    expect(rows).toEqual([{ object_id: kept.objectId }]);
  });
});
