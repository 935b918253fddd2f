import { dashboardCharts, monthLabel } from '@flaskhals/shared';

import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { renderChartSvg } from './chart-svg';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

const DASHBOARD = `query($arenaId: ID) { dashboard(arenaId: $arenaId) {
  arenaId objectCount totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear }
  byStatus { key count } byPlanningStage { key count } byKind { key count }
  byMunicipality { code name bucket count } reportsPerMonth { month count }
  topByImpact { id name kind status municipality organizationCount reportCount impact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } }
  topByBreadth { id name kind status municipality organizationCount reportCount impact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } }
} }`;

const ids: Record<string, string> = {};

/** "2026-03" of the month `back` months before this one, in Swedish time; and a time in the middle of it. */
function monthBack(back: number): { key: string; at: string } {
  const now = new Date();
  const [year, month] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  const d = new Date(Date.UTC(year, month - 1 - back, 15, 12));
  return { key: d.toISOString().slice(0, 7), at: d.toISOString() };
}

async function report(client: GraphQLClient, name: string, input: Record<string, unknown>, objectOverrides: Record<string, unknown> = {}) {
  const res = await client.graphql(REPORT_MUTATION, { input: newObjectReport(fixture, input, { name, ...objectOverrides }) });
  expect(res.errors).toBeUndefined();
  ids[name] = res.data!.reportBottleneck.object.id;
  return res.data!.reportBottleneck.report.id as string;
}

async function dashboardOf(client: GraphQLClient) {
  const res = await client.graphql(DASHBOARD, { arenaId: fixture.arena.id });
  expect(res.errors).toBeUndefined();
  return res.data!.dashboard;
}

const impact = (hours: number, sek: number, tonnes: number) => ({
  delayHoursPerWeek: hours,
  extraCostSekPerYear: sek,
  freightTonnesPerYear: tonnes,
});

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'oversikt', ['Alfa Hamn AB', 'Beta Frakt AB', 'Gamma Gods AB']);
  const [a, b, c] = fixture.asMember;
  // A published port in Västerås that two organizations stand behind, a members' bridge in
  // Köping, an organization's confidential road in Eskilstuna.
  const publicReport = await report(a, 'Publika hamnen', { visibility: 'PUBLIC', impact: impact(1, 1000, 10) });
  const secondPublic = await b.graphql(REPORT_MUTATION, {
    input: {
      ...newObjectReport(fixture, { visibility: 'PUBLIC', impact: impact(2, 500, 5) }),
      newObject: null,
      objectId: ids['Publika hamnen'],
    },
  });
  expect(secondPublic.errors).toBeUndefined();
  const membersReport = await report(
    b,
    'Medlemsbron',
    { visibility: 'MEMBERS', impact: impact(3, 2000, 20) },
    { kind: 'BRIDGE', geometry: point(15.99, 59.51) },
  );
  const confidential = await report(
    c,
    'Hemliga vägen',
    { visibility: 'ORGANIZATION', impact: impact(4, 4000, 40) },
    { kind: 'ROAD', geometry: point(16.51, 59.37) },
  );
  // Reports over time: the members' report came in three months ago, the confidential one a year
  // ago, the first public one 30 months ago (outside the chart); the second public one this month.
  await flaskhals.db.query(`UPDATE report SET created_at = $2 WHERE id = $1`, [membersReport, monthBack(3).at]);
  await flaskhals.db.query(`UPDATE report SET created_at = $2 WHERE id = $1`, [confidential, monthBack(12).at]);
  await flaskhals.db.query(`UPDATE report SET created_at = $2 WHERE id = $1`, [publicReport, monthBack(30).at]);
});
afterAll(() => flaskhals.stop());

/** The months of the chart that have reports, as { month: count }. */
function monthsWithReports(dashboard: { reportsPerMonth: { month: string; count: number }[] }) {
  return Object.fromEntries(dashboard.reportsPerMonth.filter((m) => m.count > 0).map((m) => [m.month, m.count]));
}

it('shows a visitor only the published objects, their public figures and the public reports', async () => {
  const d = await dashboardOf(flaskhals.client(null));
  expect(d.objectCount).toBe(1);
  expect(d.totalImpact).toEqual(impact(3, 1500, 15));
  expect(d.byKind).toEqual([{ key: 'PORT', count: 1 }]);
  expect(d.byStatus.find((s: { key: string }) => s.key === 'REPORTED').count).toBe(1);
  expect(d.byMunicipality).toEqual([{ code: '1980', name: 'Västerås', bucket: 'MUNICIPALITY', count: 1 }]);
  expect(d.topByImpact.map((o: { name: string }) => o.name)).toEqual(['Publika hamnen']);
  expect(d.topByBreadth[0]).toMatchObject({ name: 'Publika hamnen', organizationCount: 2, reportCount: 2 });
  // The public report 30 months ago is outside the chart; the other one came in this month.
  expect(monthsWithReports(d)).toEqual({ [monthBack(0).key]: 1 });
  // Nothing of the members' or the confidential object leaks, not even a figure.
  const text = JSON.stringify(d);
  for (const hidden of ['Medlemsbron', 'Hemliga vägen', '2000', '4000', 'BRIDGE', 'Köping', 'Eskilstuna'])
    expect(text).not.toContain(hidden);
});

it("shows members every object with the members' totals, but counts only the reports they may read", async () => {
  const d = await dashboardOf(fixture.asMember[0]);
  expect(d.objectCount).toBe(3);
  expect(d.totalImpact).toEqual(impact(10, 7500, 75));
  expect(d.byKind).toEqual([
    { key: 'BRIDGE', count: 1 },
    { key: 'PORT', count: 1 },
    { key: 'ROAD', count: 1 },
  ]);
  expect(d.byMunicipality.map((m: { name: string }) => m.name)).toEqual(['Eskilstuna', 'Köping', 'Västerås']);
  expect(d.topByImpact.map((o: { name: string }) => o.name)).toEqual(['Hemliga vägen', 'Medlemsbron', 'Publika hamnen']);
  // Alfa does not see Gamma's confidential report; the organization that wrote it does.
  expect(monthsWithReports(d)).toEqual({ [monthBack(3).key]: 1, [monthBack(0).key]: 1 });
  expect(monthsWithReports(await dashboardOf(fixture.asMember[2]))).toEqual({
    [monthBack(12).key]: 1,
    [monthBack(3).key]: 1,
    [monthBack(0).key]: 1,
  });
});

it('shows staff every report, 24 months ending with this one', async () => {
  const d = await dashboardOf(fixture.asStaff);
  expect(d.objectCount).toBe(3);
  expect(d.reportsPerMonth).toHaveLength(24);
  expect(d.reportsPerMonth.at(-1).month).toBe(monthBack(0).key);
  expect(d.reportsPerMonth[0].month).toBe(monthBack(23).key);
  expect(monthsWithReports(d)).toEqual({ [monthBack(12).key]: 1, [monthBack(3).key]: 1, [monthBack(0).key]: 1 });
  expect(d.topByBreadth.map((o: { name: string; organizationCount: number }) => [o.name, o.organizationCount])).toEqual([
    ['Publika hamnen', 2],
    ['Hemliga vägen', 1],
    ['Medlemsbron', 1],
  ]);
  expect(d.byPlanningStage[0]).toEqual({ key: 'NONE', count: 3 });
});

it('leaves out objects the register does not show (an inactive one)', async () => {
  await flaskhals.db.query(`UPDATE infrastructure_object SET status = 'INACTIVE' WHERE id = $1`, [ids['Medlemsbron']]);
  try {
    const d = await dashboardOf(fixture.asStaff);
    expect(d.objectCount).toBe(2);
    expect(d.topByImpact.map((o: { name: string }) => o.name)).toEqual(['Hemliga vägen', 'Publika hamnen']);
  } finally {
    await flaskhals.db.query(`UPDATE infrastructure_object SET status = 'REPORTED' WHERE id = $1`, [ids['Medlemsbron']]);
  }
});

it('answers a bad arena id with BAD_USER_INPUT on arenaId', async () => {
  const res = await fixture.asStaff.graphql(DASHBOARD, { arenaId: 'inte-ett-id' });
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arenaId' });
});

it("draws the staff's dashboard to SVG on the server, with the objects' names and Swedish labels in it", async () => {
  const d = await dashboardOf(fixture.asStaff);
  const charts = dashboardCharts(d, 'sv');
  const svgs = Object.fromEntries(charts.map((c) => [c.id, renderChartSvg(c.option, { width: 640, height: c.height })]));
  for (const svg of Object.values(svgs)) expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgs.status).toContain('Rapporterad');
  expect(svgs.planningStage).toContain('Inte i planeringen');
  expect(svgs.kind).toContain('Bro');
  expect(svgs.municipality).toContain('Västerås');
  expect(svgs.topByImpact).toContain('Hemliga vägen');
  // Swedish number format: a space between thousands.
  expect(svgs.topByImpact).toMatch(/4[\s\u00a0]000/);
  expect(svgs.topByBreadth).toContain('Publika hamnen');
  // The months read "dec. 2024"; the first of the 24 is always labelled.
  expect(svgs.reportsPerMonth).toContain(monthLabel(monthBack(23).key, 'sv'));
});

it('draws an arena without objects or reports without failing: empty charts, no bars', () => {
  const months = Array.from({ length: 24 }, (_, i) => ({ month: monthBack(23 - i).key, count: 0 }));
  const empty = {
    byStatus: [],
    byPlanningStage: [],
    byKind: [],
    byMunicipality: [],
    reportsPerMonth: months,
    topByImpact: [],
    topByBreadth: [],
  };
  for (const chart of dashboardCharts(empty, 'en')) {
    expect(chart.empty).toBe(true);
    expect(renderChartSvg(chart.option, { width: 320, height: chart.height })).toContain('<svg');
  }
});
