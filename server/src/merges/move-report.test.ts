import { type ArenaFixture, createArena, point } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { MOVE, newObject, snapshot, summedFromRows, support, TIMELINE, timelineKinds } from '../../test/merge-fixtures';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'move-report', ['Felrapportören AB', 'Instämmaren AB']);
});
afterAll(() => flaskhals.stop());

const STATUS = `query($id: ID!) { object(id: $id) { status previousStatus reportCount } }`;

describe('moving one report', () => {
  it('moves a report with its supports to another object; the emptied source becomes INACTIVE; both histories tell it', async () => {
    const source = await newObject(a, a.asMember[0], 'Fel bro');
    await support(a.asMember[1], source.reportId, 2);
    const target = await newObject(a, a.asMember[1], 'Rätt bro');
    const before = await snapshot(flaskhals.db, [source.objectId, target.objectId]);

    const res = await a.asStaff.graphql(MOVE, {
      input: { reportId: source.reportId, toObjectId: target.objectId, reason: 'Gäller den andra bron' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveReport).toMatchObject({
      reportId: source.reportId,
      from: { id: source.objectId, status: 'INACTIVE', reportCount: 0 },
      to: { id: target.objectId, status: 'REPORTED', reportCount: 2 },
    });
    const after = await snapshot(flaskhals.db, [source.objectId, target.objectId]);
    expect(after.rows.filter((r: any) => r.t !== 'follower').every((r: any) => r.object_id === target.objectId)).toBe(true);
    expect(after.perOrganization).toEqual(before.perOrganization);
    for (const id of [source.objectId, target.objectId]) {
      const totals = await summedFromRows(flaskhals.db, id);
      expect(totals.kept).toEqual(totals.fromRows);
    }
    expect((await a.asStaff.graphql(STATUS, { id: source.objectId })).data!.object).toMatchObject({
      status: 'INACTIVE',
      previousStatus: 'REPORTED',
    });
    expect((await timelineKinds(a.asStaff, source.objectId)).slice(0, 2)).toEqual(['DEACTIVATED', 'REPORT_MOVED_OUT']);
    const moved = (await a.asMember[0].graphql(TIMELINE, { id: target.objectId })).data!.object.timeline.edges[0].node;
    expect(moved).toMatchObject({
      kind: 'REPORT_MOVED_IN',
      data: { otherObjectId: source.objectId, otherName: 'Fel bro', reason: 'Gäller den andra bron', title: 'Trång infart till hamnen' },
    });
  });

  it('moves a report to a new object made from the input, and refuses bad input writing nothing', async () => {
    const source = await newObject(a, a.asMember[0], 'Två problem i ett');
    const second = await a.asMember[1].graphql(
      `mutation($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } } }`,
      {
        input: {
          arenaId: a.arena.id,
          objectId: source.objectId,
          title: 'Plankorsningen',
          problem: 'Bommarna fäller för tidigt.',
          category: 'SAFETY',
          impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 10, freightTonnesPerYear: 0 },
        },
      },
    );
    const reportId = second.data!.reportBottleneck.report.id;
    const fresh = { name: 'Plankorsningen vid bruket', kind: 'LEVEL_CROSSING', geometry: point(16.61, 59.62), modes: ['RAIL', 'ROAD'] };

    const bad = async (input: Record<string, unknown>) => {
      const res = await a.asStaff.graphql(MOVE, { input: { reportId, ...input } });
      return `${res.errors![0].extensions!.field}:${res.errors![0].extensions!.fieldErrors[0].code}`;
    };
    expect(await bad({})).toBe('toObjectId:objectOrNewObject');
    expect(await bad({ toObjectId: source.objectId })).toBe('toObjectId:sameObject');
    expect(await bad({ newObject: { ...fresh, name: '' } })).toBe('newObject.name:tooShort');
    expect(await bad({ newObject: { ...fresh, geometry: { type: 'Point', coordinates: [500, 0] } } })).toMatch(/^newObject\.geometry/);
    const member = await a.asMember[1].graphql(MOVE, { input: { reportId, newObject: fresh } });
    expect(member.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await a.asStaff.graphql(STATUS, { id: source.objectId })).data!.object.reportCount).toBe(2);

    const res = await a.asStaff.graphql(MOVE, { input: { reportId, newObject: fresh } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveReport).toMatchObject({
      from: { id: source.objectId, status: 'REPORTED', reportCount: 1 },
      to: { name: 'Plankorsningen vid bruket', status: 'REPORTED', reportCount: 1 },
    });
    expect(await timelineKinds(a.asStaff, res.data!.moveReport.to.id)).toEqual(['REPORT_MOVED_IN']);
  });
});
