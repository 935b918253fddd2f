import { isInPlan, movementArrow, moveTo, priorityMovements } from './priorities';

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
