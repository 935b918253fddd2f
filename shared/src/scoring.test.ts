import { DEFAULT_SCORE_WEIGHTS, scaleOf, type ScoreInputs, scoreObject, scoreWeightsSchema } from './scoring';
import { validate } from './validation';

const plain: ScoreInputs = {
  delayHoursPerWeek: 0,
  extraCostSekPerYear: 0,
  freightTonnesPerYear: 0,
  organizationCount: 0,
  severity: null,
  strategicFit: null,
  kind: 'ROAD',
  onFreightNetwork: false,
  fourStepClass: null,
  stepsOneTwoExamined: false,
};

// Figures chosen so that log(1 + x) / log(1 + largest) comes out whole: 9 and 99 against 999 are
// log 10 / log 1000 = 1/3 and log 100 / log 1000 = 2/3.
const scale = { delayHoursPerWeek: 999, extraCostSekPerYear: 999_999, freightTonnesPerYear: 99, organizationCount: 4 };
const pointsOf = (b: ReturnType<typeof scoreObject>) => Object.fromEntries(b.shares.map((s) => [s.criterion, s.points]));

describe('the score formula', () => {
  it('gives the largest object everything and explains the score as the sum of its shares', () => {
    // Every criterion at 1: 5 · (3+2+2+2+2+1)/12 = 5.
    const best: ScoreInputs = {
      delayHoursPerWeek: 999,
      extraCostSekPerYear: 999_999,
      freightTonnesPerYear: 99,
      organizationCount: 4,
      severity: 5,
      strategicFit: 5,
      kind: 'PORT',
      onFreightNetwork: false,
      fourStepClass: 'RETHINK',
      stepsOneTwoExamined: false,
    };
    const b = scoreObject(best, scale, DEFAULT_SCORE_WEIGHTS);
    expect(b.score).toBeCloseTo(5, 10);
    // Economic impact: 5 · 3 · 1 / 12 = 1.25; breadth, severity, fit, freight: 5 · 2 / 12 = 0.8333…; realism 5 · 1 / 12 = 0.41666…
    expect(pointsOf(b)).toEqual({
      ECONOMIC_IMPACT: expect.closeTo(1.25, 10),
      BREADTH: expect.closeTo(0.833333, 5),
      SEVERITY: expect.closeTo(0.833333, 5),
      STRATEGIC_FIT: expect.closeTo(0.833333, 5),
      FREIGHT: expect.closeTo(0.833333, 5),
      REALISM: expect.closeTo(0.416667, 5),
    });
  });

  it('puts figures on a log scale: a hundredth of the largest delay still counts two thirds', () => {
    // delay 9 of 999: log 10 / log 1000 = 1/3; SEK 999 of 999,999: log 1000 / log 1e6 = 1/2; tonnes 9 of 99: log 10 / log 100 = 1/2.
    // Economic = (1/3 + 1/2 + 1/2) / 3 = 4/9. Weights economic only (1, rest 0): score = 5 · 4/9 = 2.2222…
    const weights = { ...DEFAULT_SCORE_WEIGHTS, BREADTH: 0, SEVERITY: 0, STRATEGIC_FIT: 0, FREIGHT: 0, REALISM: 0, ECONOMIC_IMPACT: 1 };
    const b = scoreObject({ ...plain, delayHoursPerWeek: 9, extraCostSekPerYear: 999, freightTonnesPerYear: 9 }, scale, weights);
    expect(b.score).toBeCloseTo(20 / 9, 10);
    // The linear share of the delay would have been 9/999 ≈ 0.009: the log scale keeps the small object visible.
    const delayOnly = scoreObject({ ...plain, delayHoursPerWeek: 99 }, scale, weights);
    expect(delayOnly.score).toBeCloseTo((5 * (2 / 3)) / 3, 10);
  });

  it('counts a judgement not made as the middle and marks it unjudged ("ej bedömd")', () => {
    // Default weights, nothing reported, nothing judged, a road off the freight network:
    // economic 0, breadth 0, severity 0.5, fit 0.5, freight 0, realism 0.5.
    // Score = 5 · (2·0.5 + 2·0.5 + 1·0.5) / 12 = 5 · 2.5 / 12 = 1.041666…
    const b = scoreObject(plain, scale, DEFAULT_SCORE_WEIGHTS);
    expect(b.score).toBeCloseTo(12.5 / 12, 10);
    expect(b.shares.filter((s) => s.unjudged).map((s) => s.criterion)).toEqual(['SEVERITY', 'STRATEGIC_FIT', 'REALISM']);
    // Judged 0 is below unjudged, judged 5 above: severity 0 takes 5 · 2 · 0.5 / 12 = 0.41666… off.
    expect(scoreObject({ ...plain, severity: 0 }, scale, DEFAULT_SCORE_WEIGHTS).score).toBeCloseTo(7.5 / 12, 10);
    expect(scoreObject({ ...plain, severity: 5 }, scale, DEFAULT_SCORE_WEIGHTS).score).toBeCloseTo(17.5 / 12, 10);
  });

  it('reads the three-points example: breadth 2 of 4, severity 4, strategic fit 3, a freight-network road, a rebuild after steps 1–2', () => {
    // economic: delay 99/999 → 2/3, SEK 0 → 0, tonnes 99/99 → 1; mean 5/9.
    // breadth 2/4 = 0.5; severity 4/5 = 0.8; fit 3/5 = 0.6; freight 1 (road on the freight network);
    // realism REBUILD 0.5 + 0.25 examined = 0.75.
    // Σ w·v = 3·5/9 + 2·0.5 + 2·0.8 + 2·0.6 + 2·1 + 1·0.75 = 1.6667 + 1 + 1.6 + 1.2 + 2 + 0.75 = 8.216667
    // score = 5 · 8.216667 / 12 = 3.423611…
    const b = scoreObject(
      {
        delayHoursPerWeek: 99,
        extraCostSekPerYear: 0,
        freightTonnesPerYear: 99,
        organizationCount: 2,
        severity: 4,
        strategicFit: 3,
        kind: 'ROAD',
        onFreightNetwork: true,
        fourStepClass: 'REBUILD',
        stepsOneTwoExamined: true,
      },
      scale,
      DEFAULT_SCORE_WEIGHTS,
    );
    expect(b.score).toBeCloseTo((5 * (5 / 3 + 1 + 1.6 + 1.2 + 2 + 0.75)) / 12, 10);
    expect(b.score).toBeCloseTo(3.4236, 4);
    expect(pointsOf(b).FREIGHT).toBeCloseTo(10 / 12, 10);
    expect(pointsOf(b).REALISM).toBeCloseTo(3.75 / 12, 10);
  });

  it('grades realism by the four steps; examining steps 1–2 lifts only a rebuild or a new build', () => {
    const realismOnly = { ...DEFAULT_SCORE_WEIGHTS, ECONOMIC_IMPACT: 0, BREADTH: 0, SEVERITY: 0, STRATEGIC_FIT: 0, FREIGHT: 0, REALISM: 1 };
    const score = (fourStepClass: ScoreInputs['fourStepClass'], stepsOneTwoExamined = false) =>
      scoreObject({ ...plain, fourStepClass, stepsOneTwoExamined }, scale, realismOnly).score;
    expect([score('RETHINK'), score('OPTIMISE'), score('REBUILD'), score('BUILD_NEW')]).toEqual([5, 3.75, 2.5, 1.25]);
    expect([score('RETHINK', true), score('BUILD_NEW', true)]).toEqual([5, 2.5]);
  });

  it('scores 0 on the figures of an arena without any (no division by zero)', () => {
    const empty = scaleOf([]);
    const b = scoreObject({ ...plain, delayHoursPerWeek: 0 }, empty, { ...DEFAULT_SCORE_WEIGHTS });
    expect(Number.isFinite(b.score)).toBe(true);
    expect(pointsOf(b).ECONOMIC_IMPACT).toBe(0);
    expect(pointsOf(b).BREADTH).toBe(0);
  });

  it('takes the scale from the largest figure of each kind', () => {
    expect(
      scaleOf([
        { ...plain, delayHoursPerWeek: 5, organizationCount: 3 },
        { ...plain, extraCostSekPerYear: 7, freightTonnesPerYear: 2, organizationCount: 1 },
      ]),
    ).toEqual({ delayHoursPerWeek: 5, extraCostSekPerYear: 7, freightTonnesPerYear: 2, organizationCount: 3 });
  });
});

describe('the weights admins set', () => {
  const arenaId = '00000000-0000-4000-8000-000000000001';
  it('accepts whole numbers 0–10 and names each bad field', () => {
    expect(validate(scoreWeightsSchema, { arenaId, weights: DEFAULT_SCORE_WEIGHTS }).ok).toBe(true);
    const bad = validate(scoreWeightsSchema, { arenaId, weights: { ...DEFAULT_SCORE_WEIGHTS, BREADTH: -1, SEVERITY: 11, REALISM: 1.5 } });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.code])).toEqual([
      ['weights.BREADTH', 'negative'],
      ['weights.SEVERITY', 'tooLarge'],
      ['weights.REALISM', 'notInteger'],
    ]);
  });

  it('refuses all weights at zero: the score would say nothing', () => {
    const zero = { ECONOMIC_IMPACT: 0, BREADTH: 0, SEVERITY: 0, STRATEGIC_FIT: 0, FREIGHT: 0, REALISM: 0 };
    const res = validate(scoreWeightsSchema, { arenaId, weights: zero });
    expect(res.ok ? [] : res.errors.map((e) => [e.field, e.code])).toEqual([['weights.ECONOMIC_IMPACT', 'allWeightsZero']]);
  });
});
