import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'audit', ['Provåkeriet AB', 'Demostål AB']);
});
afterAll(() => flaskhals.stop());

const LOG = `query($a: ID!, $f: AuditFilter, $first: Int, $after: String) {
  auditLog(arenaId: $a, filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { entity entityId action userLabel before after } } }
}`;

it('records who created, supported, changed and withdrew what, with the values before and after', async () => {
  const created = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
  const reportId = created.data!.reportBottleneck.report.id;
  await fixture.asMember[1].graphql(SUPPORT_MUTATION, {
    input: { reportId, impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 1, freightTonnesPerYear: 1 } },
  });
  await fixture.asMember[0].graphql(`mutation($i: UpdateReportInput!) { updateReport(input: $i) { id } }`, {
    i: { reportId, title: 'Ny rubrik', visibility: 'PUBLIC' },
  });
  await fixture.asStaff.graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: reportId });

  const log = await fixture.asStaff.graphql(LOG, { a: fixture.arena.id, f: { entityId: reportId } });
  const entries = log.data!.auditLog.edges.map((e: any) => e.node);
  expect(entries.map((e: any) => e.action)).toEqual(['withdraw', 'update', 'create']);
  const [withdraw, update, create] = entries;
  expect(create).toMatchObject({
    entity: 'report',
    userLabel: 'medlem0 <medlem0@audit.test>',
    before: null,
    after: { title: 'Trång infart till hamnen', visibility: 'MEMBERS' },
  });
  expect(update.before).toMatchObject({ title: 'Trång infart till hamnen', visibility: 'MEMBERS' });
  expect(update.after).toMatchObject({ title: 'Ny rubrik', visibility: 'PUBLIC' });
  expect(withdraw).toMatchObject({ userLabel: 'kansli <kansli@audit.test>', before: { withdrawnAt: null } });
  expect(withdraw.after.withdrawnAt).toEqual(expect.any(String));

  const supports = await fixture.asStaff.graphql(LOG, { a: fixture.arena.id, f: { entity: 'support' } });
  expect(supports.data!.auditLog.edges[0].node).toMatchObject({ action: 'create', userLabel: 'medlem1 <medlem1@audit.test>' });
  const objects = await fixture.asStaff.graphql(LOG, { a: fixture.arena.id, f: { entity: 'object', action: 'create' } });
  expect(objects.data!.auditLog.totalCount).toBeGreaterThanOrEqual(1);
});

it('pages the log newest first', async () => {
  for (let i = 0; i < 3; i++)
    await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, {}, { name: `Sidobjekt ${i}` }) });
  const first = await fixture.asStaff.graphql(LOG, { a: fixture.arena.id, first: 2 });
  const second = await fixture.asStaff.graphql(LOG, { a: fixture.arena.id, first: 2, after: first.data!.auditLog.pageInfo.endCursor });
  const ids = [...first.data!.auditLog.edges, ...second.data!.auditLog.edges].map((e: any) => `${e.node.entity}:${e.node.entityId}`);
  expect(new Set(ids).size).toBe(4);
  expect(first.data!.auditLog.edges[0].node.after.name ?? first.data!.auditLog.edges[0].node.after.title).toBeDefined();
});

it('writes nothing for a refused change, and nobody can change or delete an entry', async () => {
  const before = await flaskhals.db.query('SELECT count(*)::int AS n FROM audit_entry');
  const refused = await fixture.asObserver.graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
  expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  expect(await flaskhals.db.query('SELECT count(*)::int AS n FROM audit_entry')).toEqual(before);
  await expect(flaskhals.db.query(`UPDATE audit_entry SET action = 'forged'`)).rejects.toThrow(/append-only/);
  await expect(flaskhals.db.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
});

it("names the object an entry concerns (the object's own, or its report's), for a link by name", async () => {
  const created = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, {}, { name: 'Loggade hamnen' }) });
  const objectId = created.data!.reportBottleneck.object.id;
  await fixture.asStaff.graphql(`mutation($i: ChangeObjectStatusInput!) { changeObjectStatus(input: $i) { id } }`, {
    i: { objectIds: [objectId], status: 'CONFIRMED', reason: 'Sett på plats' },
  });
  const log = await fixture.asStaff.graphql(
    `query($a: ID!) { auditLog(arenaId: $a, first: 3) { edges { node { entity action objectId objectName before after } } } }`,
    { a: fixture.arena.id },
  );
  // The object's and the report's entries of one transaction share their time: find them by what they are.
  const entries = log.data!.auditLog.edges.map((e: any) => e.node);
  const status = entries.find((e: any) => e.action === 'status');
  const report = entries.find((e: any) => e.entity === 'report' && e.action === 'create');
  expect(status).toMatchObject({
    entity: 'object',
    action: 'status',
    objectId,
    objectName: 'Loggade hamnen',
    before: { status: 'REPORTED' },
    after: { status: 'CONFIRMED', reason: 'Sett på plats' },
  });
  expect(report).toMatchObject({ entity: 'report', action: 'create', objectId, objectName: 'Loggade hamnen' });
});
