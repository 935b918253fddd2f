import { ballotErrors, canChangeVoteRound, pointsLeft, tallyVotes, voteResultsVisible, type VoteRules } from './votes';

const objects = ['hamn', 'bro', 'väg'];
const dot: VoteRules = { method: 'DOT', objectIds: objects, pointsPerOrganization: 10, maxPointsPerObject: 6 };
const score: VoteRules = { ...dot, method: 'SCORE' };
const ranked: VoteRules = { ...dot, method: 'RANKED' };
const codes = (rules: VoteRules, entries: { objectId: string; value: number }[]) =>
  ballotErrors(rules, entries).map((e) => `${e.field}:${e.code}`);

describe('ballot rules', () => {
  it('DOT: the point cap and the per-object cap name the field', () => {
    expect(
      codes(dot, [
        { objectId: 'hamn', value: 6 },
        { objectId: 'bro', value: 4 },
      ]),
    ).toEqual([]);
    expect(
      codes(dot, [
        { objectId: 'hamn', value: 6 },
        { objectId: 'bro', value: 5 },
      ]),
    ).toEqual(['entries:overPointCap']);
    expect(codes(dot, [{ objectId: 'hamn', value: 7 }])).toEqual(['entries.0.value:overObjectCap']);
    expect(codes(dot, [{ objectId: 'hamn', value: -1 }])).toEqual(['entries.0.value:tooSmall']);
    expect(codes(dot, [{ objectId: 'hamn', value: 1.5 }])).toEqual(['entries.0.value:notInteger']);
    expect(codes(dot, [{ objectId: 'annat', value: 1 }])).toEqual(['entries.0.objectId:notInRound']);
    expect(
      codes(dot, [
        { objectId: 'bro', value: 1 },
        { objectId: 'bro', value: 1 },
      ]),
    ).toEqual(['entries.1.objectId:duplicateIds']);
    expect(
      pointsLeft(dot, [
        { objectId: 'hamn', value: 3 },
        { objectId: 'bro', value: 4 },
      ]),
    ).toBe(3);
  });

  it('SCORE: 0–5 for every object', () => {
    const all = objects.map((objectId) => ({ objectId, value: 5 }));
    expect(codes(score, all)).toEqual([]);
    expect(codes(score, [{ ...all[0], value: 6 }, all[1], all[2]])).toEqual(['entries.0.value:tooLarge']);
    expect(codes(score, all.slice(0, 2))).toEqual(['entries:everyObject']);
  });

  it('RANKED: every object once, places 1..n without ties', () => {
    expect(
      codes(ranked, [
        { objectId: 'bro', value: 1 },
        { objectId: 'väg', value: 2 },
        { objectId: 'hamn', value: 3 },
      ]),
    ).toEqual([]);
    expect(
      codes(ranked, [
        { objectId: 'bro', value: 1 },
        { objectId: 'väg', value: 1 },
        { objectId: 'hamn', value: 3 },
      ]),
    ).toEqual(['entries.1.value:samePlace']);
    expect(codes(ranked, [{ objectId: 'bro', value: 4 }])).toEqual(['entries.0.value:tooLarge']);
    expect(codes(ranked, [{ objectId: 'bro', value: 0 }])).toEqual(['entries.0.value:tooSmall']);
    expect(codes(ranked, [{ objectId: 'bro', value: 1 }])).toEqual(['entries:everyObject']);
  });
});

describe('tally', () => {
  it('DOT: sums points, highest first, ties share a place', () => {
    const tally = tallyVotes(dot, [
      {
        organizationId: 'A',
        entries: [
          { objectId: 'hamn', value: 6 },
          { objectId: 'bro', value: 4 },
        ],
      },
      {
        organizationId: 'B',
        entries: [
          { objectId: 'bro', value: 2 },
          { objectId: 'väg', value: 6 },
        ],
      },
    ]);
    // hamn 6, bro 4 + 2 = 6, väg 6: a three-way tie at place 1, in the round's order.
    expect(tally.rows.map((r) => [r.objectId, r.total, r.rank])).toEqual([
      ['hamn', 6, 1],
      ['bro', 6, 1],
      ['väg', 6, 1],
    ]);
    expect(tally).toMatchObject({ ballots: 2, weight: 2 });
  });

  it('Borda: place p of n objects gives n − p points', () => {
    // A: bro > väg > hamn → bro 2, väg 1, hamn 0. B: bro > hamn > väg → bro 2, hamn 1, väg 0.
    // C: hamn > väg > bro → hamn 2, väg 1, bro 0. Totals: bro 4, hamn 3, väg 2.
    const ballot = (org: string, order: string[]) => ({
      organizationId: org,
      entries: order.map((objectId, i) => ({ objectId, value: i + 1 })),
    });
    const tally = tallyVotes(ranked, [
      ballot('A', ['bro', 'väg', 'hamn']),
      ballot('B', ['bro', 'hamn', 'väg']),
      ballot('C', ['hamn', 'väg', 'bro']),
    ]);
    expect(tally.rows.map((r) => [r.objectId, r.total, r.rank])).toEqual([
      ['bro', 4, 1],
      ['hamn', 3, 2],
      ['väg', 2, 3],
    ]);
    expect(tally.rows[0].average).toBe(1.33);
  });

  it('weights multiply an organization’s ballot; a proxy ballot counts with its own organization’s weight', () => {
    // A has weight 2, B weight 0.5; B's ballot was cast by A's person as proxy, but is still B's.
    // SCORE: hamn = 2·5 + 0.5·1 = 10.5, bro = 2·0 + 0.5·4 = 2, väg = 2·3 + 0.5·3 = 7.5; weight 2.5.
    const tally = tallyVotes(
      score,
      [
        {
          organizationId: 'A',
          entries: [
            { objectId: 'hamn', value: 5 },
            { objectId: 'bro', value: 0 },
            { objectId: 'väg', value: 3 },
          ],
        },
        {
          organizationId: 'B',
          entries: [
            { objectId: 'hamn', value: 1 },
            { objectId: 'bro', value: 4 },
            { objectId: 'väg', value: 3 },
          ],
        },
      ],
      new Map([
        ['A', 2],
        ['B', 0.5],
      ]),
    );
    expect(tally.weight).toBe(2.5);
    expect(tally.rows.map((r) => [r.objectId, r.total, r.average])).toEqual([
      ['hamn', 10.5, 4.2],
      ['väg', 7.5, 3],
      ['bro', 2, 0.8],
    ]);
  });

  it('no ballots: every object at zero', () => {
    expect(tallyVotes(dot, []).rows.map((r) => r.total)).toEqual([0, 0, 0]);
  });
});

describe('round lifecycle and visibility', () => {
  it('moves DRAFT → OPEN → CLOSED only', () => {
    expect(canChangeVoteRound('DRAFT', 'OPEN')).toBe(true);
    expect(canChangeVoteRound('OPEN', 'CLOSED')).toBe(true);
    expect(canChangeVoteRound('CLOSED', 'OPEN')).toBe(false);
    expect(canChangeVoteRound('DRAFT', 'CLOSED')).toBe(false);
  });

  it('hides results until close unless live', () => {
    expect(voteResultsVisible({ status: 'OPEN', resultsMode: 'HIDDEN' })).toBe(false);
    expect(voteResultsVisible({ status: 'OPEN', resultsMode: 'LIVE' })).toBe(true);
    expect(voteResultsVisible({ status: 'DRAFT', resultsMode: 'LIVE' })).toBe(false);
    expect(voteResultsVisible({ status: 'CLOSED', resultsMode: 'HIDDEN' })).toBe(true);
  });
});
