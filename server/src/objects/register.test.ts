import { OBJECT_KINDS, OBJECT_STATUSES, PLANNING_STAGES } from '@flaskhals/shared';

import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { OBJECT_SORT_FIELDS, type ObjectSortField } from './object-sort';

/** The register's table: every order both ways, page by page, as each audience sees the figures. */
let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

const TABLE = `
  query Register($filter: ObjectFilter, $sort: ObjectSort, $first: Int, $after: String) {
    objects(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name kind municipality status planningStage organizationCount updatedAt
                     totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } score { score } } }
    }
  }`;

interface Row {
  id: string;
  name: string;
  kind: string;
  municipality: string | null;
  status: string;
  planningStage: string;
  organizationCount: number;
  updatedAt: string;
  totalImpact: { delayHoursPerWeek: number; extraCostSekPerYear: number; freightTonnesPerYear: number };
  score: { score: number };
}

const impact = (delayHoursPerWeek: number, extraCostSekPerYear: number, freightTonnesPerYear: number) => ({
  delayHoursPerWeek,
  extraCostSekPerYear,
  freightTonnesPerYear,
});
const ids: Record<string, string> = {};

async function report(name: string, geometry: unknown, figures: ReturnType<typeof impact>, visibility = 'PUBLIC', object: object = {}) {
  const input = newObjectReport(fixture, { impact: figures, visibility }, { name, geometry, ...object });
  const res = await fixture.asMember[0].graphql(REPORT_MUTATION, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  ids[name] = res.data!.reportBottleneck.object.id;
}

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'register', ['Registerfrakt AB', 'Tabellgods AB']);
  await report('Zinkgruvan', point(15.1, 58.82), impact(1, 500, 10), 'PUBLIC', { kind: 'RAIL_SEGMENT' });
  await report('Åby', point(16.18, 58.66), impact(5, 500, 0), 'PUBLIC', { kind: 'ROAD' });
  await report('Arboga hamn', point(15.84, 59.39), impact(0, 0, 0), 'PUBLIC', { kind: 'PORT' });
  await report('Ängelholm terminal', point(12.86, 56.24), impact(2.5, 0, 300), 'PUBLIC', { kind: 'TERMINAL' });
  await report('Öland bro', point(16.45, 56.68), impact(0, 0, 0), 'PUBLIC', { kind: 'BRIDGE' });
  await report('Ekeby korsning', point(16.2, 59.1), impact(9, 9_000_000, 5), 'MEMBERS', { kind: 'LEVEL_CROSSING' });
  await report('Borlänge bangård', point(15.43, 60.48), impact(1, 200, 10), 'PUBLIC', { kind: 'RAIL_SEGMENT' });
  await report('Oslo terminal', point(10.75, 59.91), impact(0, 0, 0), 'PUBLIC', { kind: 'TERMINAL', municipality: null });
  // A second organization's members-only report on Borlänge: staff and members count it, visitors do not.
  const second = {
    ...newObjectReport(fixture, { impact: impact(3, 1_000_000, 90), visibility: 'MEMBERS' }),
    newObject: null,
    objectId: ids['Borlänge bangård'],
  };
  const res = await fixture.asMember[1].graphql(REPORT_MUTATION, { input: second });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  // Statuses, stages and activity times set directly: the set-up, not what is tested.
  const db = flaskhals.db;
  await db.query(`UPDATE infrastructure_object SET status = 'CONFIRMED', planning_stage = 'AVS_DONE' WHERE id = ANY($1::uuid[])`, [
    [ids['Arboga hamn'], ids['Åby']],
  ]);
  await db.query(`UPDATE infrastructure_object SET status = 'PRIORITIZED', planning_stage = 'FINANCED' WHERE id = $1`, [ids['Zinkgruvan']]);
  await db.query(
    `UPDATE infrastructure_object SET updated_at = timestamptz '2026-11-01T10:00:00Z' + (ascii(name) % 3) * interval '1 day' WHERE arena_id = $1`,
    [fixture.arena.id],
  );
});
afterAll(() => flaskhals.stop());

async function walk(client: GraphQLClient, sort: { field: ObjectSortField; direction: string } | null, first: number, filter = {}) {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: any = await client.graphql(TABLE, { filter: { arenaId: fixture.arena.id, ...filter }, sort, first, after });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const { edges, pageInfo, totalCount } = res.data.objects;
    rows.push(...edges.map((e: { node: Row }) => e.node));
    expect(totalCount).toBeGreaterThanOrEqual(rows.length);
    if (!pageInfo.hasNextPage) return rows;
    after = pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

const swedish = new Intl.Collator('sv');
const VALUE: Record<ObjectSortField, (row: Row) => number | string | null> = {
  NAME: (r) => r.name,
  KIND: (r) => OBJECT_KINDS.indexOf(r.kind as never),
  MUNICIPALITY: (r) => r.municipality,
  STATUS: (r) => OBJECT_STATUSES.indexOf(r.status as never),
  PLANNING_STAGE: (r) => PLANNING_STAGES.indexOf(r.planningStage as never),
  ORGANIZATIONS: (r) => r.organizationCount,
  HOURS: (r) => r.totalImpact.delayHoursPerWeek,
  SEK: (r) => r.totalImpact.extraCostSekPerYear,
  TONNES: (r) => r.totalImpact.freightTonnesPerYear,
  LAST_ACTIVITY: (r) => r.updatedAt,
  SCORE: (r) => r.score.score,
};

/** The order the register promises, worked out here on its own: the field, then names A–Ö, then id; no municipality last. */
function expected(rows: Row[], field: ObjectSortField, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const compare = (a: number | string, b: number | string) => (typeof a === 'string' ? swedish.compare(a, b as string) : a - (b as number));
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [VALUE[field](a), VALUE[field](b)];
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else if (compare(x, y) !== 0) return sign * compare(x, y);
      if (field === 'NAME') return sign * (swedish.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
      return swedish.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
    })
    .map((r) => r.name);
}

describe('the register sorted', () => {
  it.each(OBJECT_SORT_FIELDS.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => [field, direction] as const)))(
    'by %s %s, two rows a page, as staff and as a visitor: every object once, in order',
    async (field, direction) => {
      for (const client of [fixture.asStaff, flaskhals.client(null)]) {
        const all = await walk(client, null, 100);
        const paged = await walk(client, { field, direction }, 2);
        expect(new Set(paged.map((r) => r.id)).size).toBe(paged.length);
        expect(paged.map((r) => r.name)).toEqual(expected(all, field, direction));
      }
    },
  );

  it('sorts names in Swedish: Åby, Ängelholm and Öland after Zinkgruvan, also across pages', async () => {
    const names = (await walk(fixture.asStaff, { field: 'NAME', direction: 'ASC' }, 1)).map((r) => r.name);
    expect(names.slice(-4)).toEqual(['Zinkgruvan', 'Åby', 'Ängelholm terminal', 'Öland bro']);
    const down = (await walk(fixture.asStaff, { field: 'NAME', direction: 'DESC' }, 3)).map((r) => r.name);
    expect(down.slice(0, 4)).toEqual(['Öland bro', 'Ängelholm terminal', 'Åby', 'Zinkgruvan']);
  });

  it("sums only what the asker may see: a visitor's SEK order leaves out members-only reports", async () => {
    const staff = await walk(fixture.asStaff, { field: 'SEK', direction: 'DESC' }, 3);
    expect(staff.slice(0, 2).map((r) => [r.name, r.totalImpact.extraCostSekPerYear, r.organizationCount])).toEqual([
      ['Ekeby korsning', 9_000_000, 1],
      ['Borlänge bangård', 1_000_200, 2],
    ]);
    const visitor = await walk(flaskhals.client(null), { field: 'SEK', direction: 'DESC' }, 3);
    expect(visitor.map((r) => r.name)).not.toContain('Ekeby korsning');
    expect(visitor.slice(0, 3).map((r) => [r.name, r.totalImpact.extraCostSekPerYear])).toEqual([
      ['Zinkgruvan', 500],
      ['Åby', 500],
      ['Borlänge bangård', 200],
    ]);
    const byOrganizations = await walk(flaskhals.client(null), { field: 'ORGANIZATIONS', direction: 'DESC' }, 3);
    expect(byOrganizations.find((r) => r.name === 'Borlänge bangård')!.organizationCount).toBe(1);
  });

  it("sorts by score in the order of the arena's ranking, page by page, each audience by the score it sees", async () => {
    const RANKING = `query($arenaId: ID) { scoreRanking(arenaId: $arenaId, first: 100) {
      edges { node { score object { id name } } } } }`;
    // Ekeby korsning has members-only reports (unpublished), Borlänge bangård one public and one members-only.
    const ekeby = ids['Ekeby korsning'];
    const borlänge: number[] = [];
    for (const client of [fixture.asStaff, flaskhals.client(null)]) {
      const ranking = (await client.graphql(RANKING, { arenaId: fixture.arena.id })).data!.scoreRanking.edges.map(
        (e: { node: { score: number; object: { id: string; name: string } } }) => ({ score: e.node.score, ...e.node.object }),
      );
      // The register breaks a tie by name, the ranking by id: equal scores are put in name order here.
      const byName = [...ranking].sort(
        (a, b) =>
          (Math.abs(a.score - b.score) < 1e-12 ? 0 : b.score - a.score) || swedish.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
      );
      const paged = await walk(client, { field: 'SCORE', direction: 'DESC' }, 2);
      expect(new Set(paged.map((r) => r.id)).size).toBe(paged.length);
      expect(paged.map((r) => r.id)).toEqual(byName.map((r) => r.id));
      paged.forEach((row, i) => expect(row.score.score).toBeCloseTo(byName[i].score, 10));
      expect(paged.some((r) => r.id === ekeby)).toBe(client === fixture.asStaff);
      borlänge.push(paged.find((r) => r.name === 'Borlänge bangård')!.score.score);
      const up = await walk(client, { field: 'SCORE', direction: 'ASC' }, 3);
      expect(up.map((r) => r.score.score)).toEqual([...paged.map((r) => r.score.score)].sort((a, b) => a - b));
    }
    // A visitor's score of Borlänge counts its public report only.
    expect(borlänge[1]).toBeLessThan(borlänge[0]);
  });

  it('refuses a cursor of another order, naming the field', async () => {
    const first = (await fixture.asStaff.graphql(TABLE, { filter: { arenaId: fixture.arena.id }, first: 1 })) as any;
    const res = await fixture.asStaff.graphql(TABLE, {
      filter: { arenaId: fixture.arena.id },
      sort: { field: 'SEK', direction: 'DESC' },
      after: first.data.objects.pageInfo.endCursor,
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('the list of a view', () => {
  beforeAll(async () => {
    // A long diagonal line south-west to north-east, a triangle, and a point in the south-east corner.
    const line = {
      type: 'LineString',
      coordinates: [
        [14.0, 57.0],
        [18.0, 61.0],
      ],
    };
    const triangle = {
      type: 'Polygon',
      coordinates: [
        [
          [15, 57],
          [16, 57],
          [15, 58],
          [15, 57],
        ],
      ],
    };
    await report('Lång diagonal', line, impact(0, 0, 0));
    await report('Triangeln', triangle, impact(0, 0, 0));
    await report('Hamn i hörnet', point(17.7, 57.2), impact(0, 0, 0));
  });

  it('does not name a line whose bounding box reaches into the view while the line itself does not', async () => {
    const corner = await walk(fixture.asStaff, null, 50, { bbox: [17.5, 57.0, 18.0, 57.5] });
    expect(corner.map((r) => r.name)).toEqual(['Hamn i hörnet']);
    const sorted = await walk(fixture.asStaff, { field: 'SEK', direction: 'DESC' }, 1, { bbox: [17.5, 57.0, 18.0, 57.5] });
    expect(sorted.map((r) => r.name)).toEqual(['Hamn i hörnet']);
  });

  it('names the line where it crosses the view without a vertex in it, and a polygon only where its shape is', async () => {
    const crossed = await walk(fixture.asStaff, null, 50, { bbox: [15.9, 58.8, 16.1, 59.1] });
    expect(crossed.map((r) => r.name)).toContain('Lång diagonal');
    const offTriangle = await walk(fixture.asStaff, null, 50, { bbox: [15.8, 57.8, 16.0, 58.0] });
    expect(offTriangle.map((r) => r.name)).not.toContain('Triangeln');
    const onTriangle = await walk(fixture.asStaff, null, 50, { bbox: [15.2, 57.2, 15.3, 57.3] });
    expect(onTriangle.map((r) => r.name)).toEqual(['Triangeln']);
  });
});
