import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

const MEMBERS = ['Summa AB', 'Delta Frakt AB', 'Gamma Gods AB', 'Epsilon Bygg AB', 'Zeta Logistik AB', 'Eta Hamn AB', 'Theta Åkeri AB'];

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'totals', MEMBERS);
});
afterAll(() => flaskhals.stop());

/** The totals summed from the reports and supports themselves, as the figures must always be. */
async function liveTotals(objectIds: string[], publicOnly: boolean) {
  const rows: { object_id: string; delay: number; cost: number; tonnes: number; organizations: number; reports: number }[] =
    await flaskhals.db.query(
      `WITH counted AS (
       SELECT * FROM report WHERE object_id = ANY($1::uuid[]) AND withdrawn_at IS NULL ${publicOnly ? "AND visibility = 'PUBLIC'" : ''}
     ), contribution AS (
       SELECT object_id, organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year, 1 AS report FROM counted
       UNION ALL
       SELECT s.object_id, s.organization_id, s.delay_hours_per_week, s.extra_cost_sek_per_year, s.freight_tonnes_per_year, 0
         FROM support s JOIN counted r ON r.id = s.report_id
     )
     SELECT ids.id AS object_id, coalesce(sum(delay_hours_per_week), 0) AS delay, coalesce(sum(extra_cost_sek_per_year), 0) AS cost,
            coalesce(sum(freight_tonnes_per_year), 0) AS tonnes, count(DISTINCT organization_id)::int AS organizations, coalesce(sum(report), 0)::int AS reports
       FROM unnest($1::uuid[]) ids(id) LEFT JOIN contribution c ON c.object_id = ids.id GROUP BY ids.id ORDER BY ids.id`,
      [objectIds],
    );
  return rows.map((r) => ({
    id: r.object_id,
    delayHoursPerWeek: r.delay,
    extraCostSekPerYear: r.cost,
    freightTonnesPerYear: r.tonnes,
    organizationCount: r.organizations,
    reportCount: r.reports,
  }));
}

async function shownTotals(client: ArenaFixture['asStaff'], objectIds: string[]) {
  const shown = [];
  for (const id of objectIds) {
    const res = await client.graphql(
      `query($id: ID!) { object(id: $id) { id totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } organizationCount reportCount } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const o = res.data!.object;
    shown.push(o ? { id: o.id, ...o.totalImpact, organizationCount: o.organizationCount, reportCount: o.reportCount } : null);
  }
  return shown.filter(Boolean).sort((a, b) => (a!.id < b!.id ? -1 : 1));
}

it('shows totals equal to the reports and supports after reports, supports, changes and withdrawals', async () => {
  const [a, b, c] = fixture.asMember;
  const objectIds: string[] = [];
  const reportIds: string[] = [];
  for (const [i, visibility] of (['PUBLIC', 'MEMBERS', 'ORGANIZATION'] as const).entries()) {
    const res = await fixture.asMember[i].graphql(REPORT_MUTATION, {
      input: newObjectReport(
        fixture,
        { visibility, impact: { delayHoursPerWeek: i + 1, extraCostSekPerYear: 1000 * (i + 1), freightTonnesPerYear: 10 } },
        { name: `Summaobjekt ${i}` },
      ),
    });
    expect(res.errors).toBeUndefined();
    objectIds.push(res.data!.reportBottleneck.object.id);
    reportIds.push(res.data!.reportBottleneck.report.id);
  }
  // A second report on the first object, supports on it, then a change and a withdrawal.
  const second = await b.graphql(REPORT_MUTATION, {
    input: { ...newObjectReport(fixture, { visibility: 'PUBLIC' }), newObject: null, objectId: objectIds[0] },
  });
  expect(second.errors).toBeUndefined();
  for (const supporter of [c, fixture.asMember[3]]) {
    const res = await supporter.graphql(SUPPORT_MUTATION, {
      input: { reportId: reportIds[0], impact: { delayHoursPerWeek: 2, extraCostSekPerYear: 500, freightTonnesPerYear: 7 } },
    });
    expect(res.errors).toBeUndefined();
  }
  const changed = await a.graphql(`mutation($input: UpdateReportInput!) { updateReport(input: $input) { id } }`, {
    input: {
      reportId: reportIds[0],
      impact: { delayHoursPerWeek: 9, extraCostSekPerYear: 9000, freightTonnesPerYear: 90 },
      visibility: 'MEMBERS',
    },
  });
  expect(changed.errors).toBeUndefined();
  const withdrawn = await c.graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: reportIds[2] });
  expect(withdrawn.errors).toBeUndefined();

  const sortedIds = [...objectIds].sort();
  expect(await shownTotals(fixture.asStaff, sortedIds)).toEqual(await liveTotals(sortedIds, false));
  // Visitors see the published objects only, with the public reports' figures.
  const publicTotals = (await liveTotals(sortedIds, true)).filter((t) => t.reportCount > 0);
  expect(await shownTotals(flaskhals.client(null), sortedIds)).toEqual(publicTotals);
  // The withdrawn report's object counts nothing any more; the changed report counts with its new figures.
  const all = await liveTotals(sortedIds, false);
  expect(all.find((t) => t.id === objectIds[2])).toMatchObject({ reportCount: 0, organizationCount: 0, delayHoursPerWeek: 0 });
  expect(all.find((t) => t.id === objectIds[0])).toMatchObject({
    reportCount: 2,
    organizationCount: 4,
    delayHoursPerWeek: 9 + 4.5 + 2 + 2,
  });
});

it('counts every one of many supports and reports written at the same moment on one object', async () => {
  const first = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, {}, { name: 'Samtidighetsbron' }) });
  const { object, report } = first.data!.reportBottleneck;
  const writes = fixture.asMember.slice(1).flatMap((client, i) => [
    client.graphql(SUPPORT_MUTATION, {
      input: { reportId: report.id, impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 100, freightTonnesPerYear: 1 } },
    }),
    client.graphql(REPORT_MUTATION, {
      input: { ...newObjectReport(fixture, { title: `Samtidig rapport ${i}` }), newObject: null, objectId: object.id },
    }),
  ]);
  for (const res of await Promise.all(writes)) expect(res.errors).toBeUndefined();

  const [shown] = await shownTotals(fixture.asStaff, [object.id]);
  expect(shown).toEqual((await liveTotals([object.id], false))[0]);
  expect(shown).toMatchObject({
    organizationCount: MEMBERS.length,
    reportCount: MEMBERS.length,
    delayHoursPerWeek: 4.5 * MEMBERS.length + (MEMBERS.length - 1),
  });
});
