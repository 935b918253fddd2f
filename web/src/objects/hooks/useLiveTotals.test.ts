import type { ObjectsInViewQuery } from '../../gql/graphql';
import { withLiveTotals } from './useLiveTotals';

const node = (id: string, organizationCount: number) => ({
  id,
  name: `Objekt ${id}`,
  kind: 'ROAD',
  status: 'REPORTED',
  geometry: { type: 'Point', coordinates: [16.5, 59.6] },
  bbox: [16.5, 59.6, 16.5, 59.6],
  modes: ['ROAD'],
  municipality: null,
  organizationCount,
  reportCount: organizationCount,
  totalImpact: { delayHoursPerWeek: 1, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
});
const answer = {
  objects: { totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: node('a', 1) }, { node: node('b', 3) }] },
} as unknown as ObjectsInViewQuery;
const totals = (organizationCount: number) => ({
  organizationCount,
  reportCount: 1,
  totalImpact: { __typename: 'Impact' as const, delayHoursPerWeek: 9, extraCostSekPerYear: 10, freightTonnesPerYear: 11 },
});

describe('withLiveTotals', () => {
  it('puts the announced totals on the listed object and leaves the others as answered', () => {
    const patched = withLiveTotals(answer, new Map([['a', totals(2)]]))!;
    expect(patched.objects.edges[0].node).toMatchObject({
      id: 'a',
      name: 'Objekt a',
      organizationCount: 2,
      totalImpact: { delayHoursPerWeek: 9 },
    });
    expect(patched.objects.edges[1].node).toBe(answer.objects.edges[1].node);
    expect(answer.objects.edges[0].node.organizationCount).toBe(1);
  });

  it('returns the answer itself when no announced object is in it', () => {
    expect(withLiveTotals(answer, new Map([['elsewhere', totals(5)]]))).toBe(answer);
    expect(withLiveTotals(undefined, new Map([['a', totals(5)]]))).toBeUndefined();
  });
});
