import { blendVoteOrder, isInPlan, movementArrow, moveTo, priorityMovements } from './priorities';

describe('priority movements', () => {
  it('gives up, down, same, new and out between two versions', () => {
    const { onList, out } = priorityMovements(['a', 'b', 'c', 'd'], ['c', 'b', 'a', 'e']);
    expect(onList.get('c')).toEqual({ kind: 'UP', steps: 2 });
    expect(onList.get('a')).toEqual({ kind: 'DOWN', steps: 2 });
    expect(onList.get('e')).toEqual({ kind: 'NEW', steps: 0 });
    expect(onList.get('b')).toEqual({ kind: 'SAME', steps: 0 });
    expect(out).toEqual(['d']);
    expect(movementArrow(onList.get('c')!)).toBe('↑2');
    expect(movementArrow(onList.get('a')!)).toBe('↓2');
  });

  it('calls every object new on the first version', () => {
    const { onList, out } = priorityMovements(null, ['x', 'y']);
    expect([...onList.values()].map((m) => m.kind)).toEqual(['NEW', 'NEW']);
    expect(out).toEqual([]);
  });

  it('moves an object within the list and clamps the rank', () => {
    expect(moveTo(['a', 'b', 'c'], 'c', 1)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'a', 'c']);
    expect(moveTo(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b'], 'n', 1)).toEqual(['n', 'a', 'b']);
  });

  it('counts the regional and national plans and later stages as in plan', () => {
    expect(isInPlan('IN_NATIONAL_PLAN')).toBe(true);
    expect(isInPlan('FINANCED')).toBe(true);
    expect(isInPlan('AVS_DONE')).toBe(false);
    expect(isInPlan(null)).toBe(false);
  });
});

describe('the proposal from scores and votes', () => {
  it('lets the latest vote order the objects it was about, in the places their scores gave them', () => {
    // Scores rank a b c d e; the vote was about b, d and x (x not ranked) and put d first, then x, then b.
    // b and d held places 2 and 4: d takes 2, b takes 4; a, c and e stay; x is left out.
    expect(blendVoteOrder(['a', 'b', 'c', 'd', 'e'], ['d', 'x', 'b'])).toEqual(['a', 'd', 'c', 'b', 'e']);
  });

  it('is the score ranking when there was no vote, or the vote agreed', () => {
    expect(blendVoteOrder(['a', 'b', 'c'], [])).toEqual(['a', 'b', 'c']);
    expect(blendVoteOrder(['a', 'b', 'c'], ['a', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('can lift an object over one the vote also covered, never over one it did not', () => {
    // The vote put c over a; b, not voted on, keeps place 2 between them.
    expect(blendVoteOrder(['a', 'b', 'c'], ['c', 'a'])).toEqual(['c', 'b', 'a']);
  });
});
