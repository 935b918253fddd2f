import { DEFAULT_SCORE_WEIGHTS, SCORE_CRITERIA, scoreObject } from '@flaskhals/shared';

import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let v: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'scoring', ['Poängbolaget AB', 'Grannbolaget AB']);
  v = await createArena(flaskhals, 'scoring-visibility', ['Hemliga siffror AB', 'Öppna siffror AB']);
});
afterAll(() => flaskhals.stop());

const SETTINGS = `query($arenaId: ID) { scoringSettings(arenaId: $arenaId) { arenaId weights { criterion weight defaultWeight } } }`;
const SET = `mutation($i: SetScoreWeightsInput!) { setScoreWeights(input: $i) { weights { criterion weight } } }`;
const SCORE = `query($id: ID!) { object(id: $id) { id score { score shares { criterion weight value points unjudged } } } }`;
const PLANNING = `mutation($input: SetObjectPlanningInput!) { setObjectPlanning(input: $input) { id planning { severity strategicFit } } }`;
const TIMELINE = `query($id: ID!) { object(id: $id) { timeline(first: 20) { edges { node { kind data } } } } }`;
const RANKING = `query($arenaId: ID, $first: Int, $after: String) { scoreRanking(arenaId: $arenaId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { rank score object { id name totalImpact { extraCostSekPerYear } } } } } }`;

const weightsList = (weights: Record<string, number>) => Object.entries(weights).map(([criterion, weight]) => ({ criterion, weight }));

async function report(fixture: ArenaFixture, client: GraphQLClient, input: Record<string, unknown>) {
  const res = await client.graphql(REPORT_MUTATION, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id as string;
}

const newObject = (
  fixture: ArenaFixture,
  client: GraphQLClient,
  name: string,
  impact: Record<string, number>,
  extra: Record<string, unknown> = {},
) =>
  report(
    fixture,
    client,
    newObjectReport(fixture, { impact, ...extra }, { name, kind: 'ROAD', geometry: point(16 + Math.random(), 59.5) }),
  );

describe('the weights', () => {
  it('start at the defaults; an admin changes them and everyone reads the new ones', async () => {
    const before = (await flaskhals.graphql(SETTINGS, { arenaId: a.arena.id })).data!.scoringSettings;
    expect(before.weights.map((w: any) => [w.criterion, w.weight])).toEqual(SCORE_CRITERIA.map((c) => [c, DEFAULT_SCORE_WEIGHTS[c]]));
    const res = await a.asAdmin.graphql(SET, {
      i: { arenaId: a.arena.id, weights: weightsList({ ...DEFAULT_SCORE_WEIGHTS, FREIGHT: 5 }) },
    });
    expect(res.errors).toBeUndefined();
    const after = (await a.asMember[0].graphql(SETTINGS, { arenaId: a.arena.id })).data!.scoringSettings;
    expect(after.weights.find((w: any) => w.criterion === 'FREIGHT')).toEqual({ criterion: 'FREIGHT', weight: 5, defaultWeight: 2 });
    await a.asAdmin.graphql(SET, { i: { arenaId: a.arena.id, weights: weightsList(DEFAULT_SCORE_WEIGHTS) } });
  });

  it('refuses a weight out of range, a missing criterion and all zeros, naming the field, and keeps the old weights', async () => {
    const tooLarge = await a.asAdmin.graphql(SET, {
      i: { arenaId: a.arena.id, weights: weightsList({ ...DEFAULT_SCORE_WEIGHTS, SEVERITY: 11 }) },
    });
    expect(tooLarge.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'weights.SEVERITY', code: 'tooLarge' }],
    });
    const { REALISM: _left, ...withoutRealism } = DEFAULT_SCORE_WEIGHTS;
    const missing = await a.asAdmin.graphql(SET, { i: { arenaId: a.arena.id, weights: weightsList({ ...withoutRealism, BREADTH: 9 }) } });
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'weights.REALISM', code: 'required' }],
    });
    const zeros = await a.asAdmin.graphql(SET, {
      i: { arenaId: a.arena.id, weights: SCORE_CRITERIA.map((criterion) => ({ criterion, weight: 0 })) },
    });
    expect(zeros.errors![0].extensions!.fieldErrors).toEqual([
      expect.objectContaining({ field: 'weights.ECONOMIC_IMPACT', code: 'allWeightsZero' }),
    ]);
    const settings = (await a.asAdmin.graphql(SETTINGS, { arenaId: a.arena.id })).data!.scoringSettings;
    expect(settings.weights.map((w: any) => w.weight)).toEqual(SCORE_CRITERIA.map((c) => DEFAULT_SCORE_WEIGHTS[c]));
  });
});

describe('an object’s score', () => {
  it('explains itself: the shares add up to the score, unjudged criteria say so, and a judgement moves the score', async () => {
    const id = await newObject(a, a.asMember[0], 'Poängvägen', {
      delayHoursPerWeek: 10,
      extraCostSekPerYear: 1000,
      freightTonnesPerYear: 100,
    });
    const first = (await a.asMember[1].graphql(SCORE, { id })).data!.object.score;
    const sum = first.shares.reduce((s: number, share: any) => s + share.points, 0);
    expect(first.score).toBeCloseTo(sum, 10);
    expect(first.shares.filter((s: any) => s.unjudged).map((s: any) => s.criterion)).toEqual(['SEVERITY', 'STRATEGIC_FIT', 'REALISM']);

    const planned = await a.asStaff.graphql(PLANNING, {
      input: { objectId: id, stage: 'NONE', severity: 5, strategicFit: 4, fourStepClass: 'OPTIMISE' },
    });
    expect(planned.data!.setObjectPlanning.planning).toEqual({ severity: 5, strategicFit: 4 });
    const judged = (await a.asMember[1].graphql(SCORE, { id })).data!.object.score;
    expect(judged.shares.filter((s: any) => s.unjudged)).toEqual([]);
    // Severity 5 (1.0), fit 4 (0.8) and optimise (0.75) instead of 0.5 each: + 5·(2·0.5 + 2·0.3 + 1·0.25)/12 = + 0.7708…
    expect(judged.score - first.score).toBeCloseTo((5 * (2 * 0.5 + 2 * 0.3 + 0.25)) / 12, 10);
    const kinds = (await a.asMember[1].graphql(TIMELINE, { id })).data!.object.timeline.edges.map((e: any) => e.node);
    expect(kinds[0]).toMatchObject({ kind: 'PLANNING_CHANGED' });
    expect(JSON.stringify(kinds[0].data)).toContain('severity');
  });

  it('refuses a judgement outside 0–5 beside its field', async () => {
    const id = await newObject(a, a.asMember[0], 'Felbedömda vägen', {
      delayHoursPerWeek: 1,
      extraCostSekPerYear: 1,
      freightTonnesPerYear: 1,
    });
    const res = await a.asStaff.graphql(PLANNING, { input: { objectId: id, stage: 'NONE', severity: 6 } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'severity', code: 'tooLarge' }] });
  });

  it('ranks the arena highest first, with the same score as each object shows, page by page', async () => {
    const all = (await a.asMember[0].graphql(RANKING, { arenaId: a.arena.id, first: 100 })).data!.scoreRanking;
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    const scores = all.edges.map((e: any) => e.node.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(all.edges.map((e: any) => e.node.rank)).toEqual(all.edges.map((_: unknown, i: number) => i + 1));
    for (const edge of all.edges) {
      const own = (await a.asMember[0].graphql(SCORE, { id: edge.node.object.id })).data!.object.score.score;
      expect(own).toBeCloseTo(edge.node.score, 10);
    }
    const page1 = (await a.asMember[0].graphql(RANKING, { arenaId: a.arena.id, first: 1 })).data!.scoreRanking;
    const page2 = (await a.asMember[0].graphql(RANKING, { arenaId: a.arena.id, first: 1, after: page1.pageInfo.endCursor })).data!
      .scoreRanking;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect([page1.edges[0].node.object.id, page2.edges[0].node.object.id]).toEqual(all.edges.slice(0, 2).map((e: any) => e.node.object.id));
    expect(page2.edges[0].node.rank).toBe(2);
  });
});

describe('scores in a list', () => {
  it('every object of a register page has its score, the same as in its detail, for members and visitors', async () => {
    const LIST = `query($f: ObjectFilter) { objects(filter: $f, first: 50, sort: { field: NAME, direction: ASC }) { edges { node { id score { score } } } } }`;
    for (const client of [a.asMember[0], flaskhals.client(null)]) {
      const res = await client.graphql(LIST, { f: { arenaId: a.arena.id } });
      expect(res.errors).toBeUndefined();
      for (const { node } of res.data!.objects.edges) {
        const own = (await client.graphql(SCORE, { id: node.id })).data!.object.score.score;
        expect(node.score.score).toBeCloseTo(own, 10);
      }
    }
  });
});

describe('what a score reveals', () => {
  it('a visitor’s score uses only the public figures and ranks only published objects', async () => {
    // A published object with small public figures, plus a members-only report on it with giant figures.
    const published = await newObject(
      v,
      v.asMember[1],
      'Öppna vägen',
      { delayHoursPerWeek: 9, extraCostSekPerYear: 999, freightTonnesPerYear: 9 },
      {
        visibility: 'PUBLIC',
      },
    );
    await report(v, v.asMember[0], {
      ...newObjectReport(v, { impact: { delayHoursPerWeek: 999, extraCostSekPerYear: 999_999_999, freightTonnesPerYear: 999_999 } }),
      newObject: undefined,
      objectId: published,
    });
    const hidden = await newObject(v, v.asMember[0], 'Medlemmarnas väg', {
      delayHoursPerWeek: 99,
      extraCostSekPerYear: 99_999,
      freightTonnesPerYear: 999,
    });

    const visitor = flaskhals.client(null);
    const seen = (await visitor.graphql(SCORE, { id: published })).data!.object.score;
    // The visitor's scale is the public figures of the one published object: it is the largest, economic 1, breadth 1 of 1.
    const expected = scoreObject(
      {
        delayHoursPerWeek: 9,
        extraCostSekPerYear: 999,
        freightTonnesPerYear: 9,
        organizationCount: 1,
        severity: null,
        strategicFit: null,
        kind: 'ROAD',
        onFreightNetwork: false,
        fourStepClass: null,
        stepsOneTwoExamined: false,
      },
      { delayHoursPerWeek: 9, extraCostSekPerYear: 999, freightTonnesPerYear: 9, organizationCount: 1 },
      DEFAULT_SCORE_WEIGHTS,
    );
    expect(seen.score).toBeCloseTo(expected.score, 10);
    const ranking = (await visitor.graphql(RANKING, { arenaId: v.arena.id })).data!.scoreRanking;
    expect(ranking.edges.map((e: any) => e.node.object.id)).toEqual([published]);
    expect(ranking.edges[0].node.object.totalImpact.extraCostSekPerYear).toBe(999);

    // Members see both objects, and the giant members-only figures put the published one first for them.
    const members = (await v.asMember[1].graphql(RANKING, { arenaId: v.arena.id })).data!.scoreRanking;
    expect(members.edges.map((e: any) => e.node.object.id)).toEqual([published, hidden]);
    expect(members.edges[0].node.object.totalImpact.extraCostSekPerYear).toBe(999 + 999_999_999);
  });
});
