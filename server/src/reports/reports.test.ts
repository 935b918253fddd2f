import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'reports', ['Provåkeriet AB', 'Demostål AB', 'Exempelskog AB']);
});
afterAll(() => flaskhals.stop());

const OBJECT_DETAIL = `
  query Detail($id: ID!) {
    object(id: $id) {
      name status
      totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear }
      organizationCount reportCount categories
      reports { totalCount edges { node { title organization { name } impact { delayHoursPerWeek } supports { organization { name } comment impact { extraCostSekPerYear } } } } }
    }
  }`;

describe('reportBottleneck', () => {
  it('creates a new object with its first report, visible in the bbox query', async () => {
    const res = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
    expect(res.errors).toBeUndefined();
    const { object, report } = res.data!.reportBottleneck;
    expect(object).toMatchObject({
      name: 'Testhamnen',
      kind: 'PORT',
      status: 'REPORTED',
      modes: ['SEA', 'ROAD'],
      organizationCount: 1,
      reportCount: 1,
    });
    expect(object.totalImpact).toEqual({ delayHoursPerWeek: 4.5, extraCostSekPerYear: 250000, freightTonnesPerYear: 120000 });
    expect(report.organization.name).toBe('Provåkeriet AB');

    const inView = await fixture.asMember[0].graphql(
      `query($f: ObjectFilter) { objects(filter: $f) { totalCount edges { node { id } } } }`,
      {
        f: { arenaId: fixture.arena.id, bbox: [16.4, 59.5, 16.7, 59.7] },
      },
    );
    expect(inView.data!.objects.edges.map((e: any) => e.node.id)).toContain(object.id);
  });

  it('adds a report to an existing object and sums the impact of reports and supports', async () => {
    const first = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(
        fixture,
        {},
        {
          name: 'Summeringsvägen',
          kind: 'ROAD',
          geometry: {
            type: 'LineString',
            coordinates: [
              [16.1, 59.5],
              [16.2, 59.55],
            ],
          },
          modes: ['ROAD'],
        },
      ),
    });
    const objectId = first.data!.reportBottleneck.object.id;
    const second = await fixture.asMember[1].graphql(REPORT_MUTATION, {
      input: {
        ...newObjectReport(fixture),
        newObject: null,
        objectId,
        title: 'Bärighet räcker inte',
        category: 'CONDITION',
        impact: { delayHoursPerWeek: 1.5, extraCostSekPerYear: 50000, freightTonnesPerYear: 1000 },
      },
    });
    expect(second.errors).toBeUndefined();
    const reportId = second.data!.reportBottleneck.report.id;

    const support = await fixture.asMember[2].graphql(SUPPORT_MUTATION, {
      input: {
        reportId,
        comment: 'Vi drabbas också',
        impact: { delayHoursPerWeek: 2, extraCostSekPerYear: 10000, freightTonnesPerYear: 500 },
      },
    });
    expect(support.errors).toBeUndefined();
    expect(support.data!.supportReport.object).toMatchObject({ organizationCount: 3, reportCount: 2 });

    const detail = await fixture.asMember[0].graphql(OBJECT_DETAIL, { id: objectId });
    const object = detail.data!.object;
    expect(object.totalImpact).toEqual({
      delayHoursPerWeek: 4.5 + 1.5 + 2,
      extraCostSekPerYear: 250000 + 50000 + 10000,
      freightTonnesPerYear: 120000 + 1000 + 500,
    });
    expect(object.categories).toEqual(['CAPACITY', 'CONDITION']);
    expect(object.reports.totalCount).toBe(2);
    // Another organization's figures are for staff (and that organization) only; members see the totals.
    const withSupport = object.reports.edges[1].node;
    expect(withSupport.impact).toBeNull();
    expect(withSupport.supports).toEqual([{ organization: { name: 'Exempelskog AB' }, comment: 'Vi drabbas också', impact: null }]);
    const asStaff = (await fixture.asStaff.graphql(OBJECT_DETAIL, { id: objectId })).data!.object;
    expect(asStaff.reports.edges[1].node.supports[0].impact).toEqual({ extraCostSekPerYear: 10000 });
    expect(asStaff.reports.edges[1].node.impact).toEqual({ delayHoursPerWeek: 1.5 });
  });

  it('counts an organization once however many times it stands behind an object', async () => {
    const first = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(fixture, {}, { name: 'Räknebron', kind: 'BRIDGE', geometry: point(16.3, 59.4) }),
    });
    const objectId = first.data!.reportBottleneck.object.id;
    const again = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: { ...newObjectReport(fixture), newObject: null, objectId, title: 'Andra problemet' },
    });
    expect(again.data!.reportBottleneck.object).toMatchObject({ organizationCount: 1, reportCount: 2 });
  });
});

describe('supportReport', () => {
  let reportId: string;
  beforeAll(async () => {
    const res = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(fixture, {}, { name: 'Stödterminalen', kind: 'TERMINAL', geometry: point(16.6, 59.62) }),
    });
    reportId = res.data!.reportBottleneck.report.id;
  });

  it('refuses a second support by the same organization, naming the field', async () => {
    const input = { reportId, impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 1, freightTonnesPerYear: 1 } };
    expect((await fixture.asMember[1].graphql(SUPPORT_MUTATION, { input })).errors).toBeUndefined();
    const twice = await fixture.asMember[1].graphql(SUPPORT_MUTATION, { input });
    expect(twice.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportId',
      fieldErrors: [{ code: 'alreadySupported' }],
    });
  });

  it('refuses support of your own report, and a report the user cannot see is not found', async () => {
    const impact = { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 };
    const own = await fixture.asMember[0].graphql(SUPPORT_MUTATION, { input: { reportId, impact } });
    expect(own.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportId', fieldErrors: [{ code: 'ownReport' }] });
    const outsider = await fixture.asOutsider.graphql(SUPPORT_MUTATION, { input: { reportId, impact } });
    expect(outsider.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportId',
      fieldErrors: [{ code: 'notFound' }],
    });
  });
});
