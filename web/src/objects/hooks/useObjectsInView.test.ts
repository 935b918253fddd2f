import { act, renderHook, waitFor } from '@testing-library/react';
import { executeOperation } from '../../ui/graphql/client';
import { EMPTY_FILTERS } from '../model/mapView';
import { ObjectClustersQuery } from '../operations';
import { CLUSTERED_LIST_PAGE, useObjectsInView } from './useObjectsInView';

jest.mock('../../ui/graphql/client', () => ({ ...jest.requireActual('../../ui/graphql/client'), executeOperation: jest.fn() }));
const execute = executeOperation as jest.MockedFunction<typeof executeOperation>;

/** A request the test answers when it wants, to order the two queries' answers. */
interface Pending {
  isClusters: boolean;
  variables: { first?: number };
  answer: (data: unknown) => void;
}

const objectsAnswer = (count: number, totalCount = count) => ({
  objects: {
    totalCount,
    pageInfo: { hasNextPage: count < totalCount },
    edges: Array.from({ length: count }, (_, i) => ({
      node: {
        id: `o${i}`,
        name: `Objekt ${i}`,
        kind: 'ROAD',
        status: 'REPORTED',
        geometry: { type: 'Point', coordinates: [16.5, 59.6] },
        bbox: [16.5, 59.6, 16.5, 59.6],
        modes: ['ROAD'],
        municipality: null,
        organizationCount: 1,
        reportCount: 1,
        totalImpact: { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
      },
    })),
  },
});
const clustersAnswer = (clustered: boolean, totalCount: number) => ({
  objectClusters: { totalCount, clustered, clusters: clustered ? [{ count: totalCount, center: [16.5, 59.6], bbox: [16, 59, 17, 60] }] : [] },
});

describe('useObjectsInView', () => {
  let pending: Pending[];
  beforeEach(() => {
    pending = [];
    execute.mockReset();
    execute.mockImplementation(
      (operation, variables) =>
        new Promise((resolve) => {
          pending.push({ isClusters: operation === ObjectClustersQuery, variables: variables as Pending['variables'], answer: resolve as (data: unknown) => void });
        }),
    );
  });
  const latest = (isClusters: boolean) => [...pending].reverse().find((p) => p.isClusters === isClusters)!;

  it('hands the list at most one page when the view turns clustered before the list page is in', async () => {
    const { result, rerender } = renderHook(({ bbox, zoom }) => useObjectsInView('arena', EMPTY_FILTERS, bbox, zoom), {
      initialProps: { bbox: [16.4, 59.5, 16.7, 59.7], zoom: 13 },
    });
    // Zoomed in: not clustered, every object in view (700) is loaded for the map and the list.
    await waitFor(() => expect(pending.some((p) => p.isClusters)).toBe(true));
    await act(async () => latest(true).answer(clustersAnswer(false, 700)));
    await waitFor(() => expect(pending.some((p) => !p.isClusters)).toBe(true));
    await act(async () => latest(false).answer(objectsAnswer(700)));
    expect(result.current.inView?.objects).toHaveLength(700);

    // Zoomed out: the clusters' answer comes first; the list's page is still on its way.
    rerender({ bbox: [15.9, 59.3, 17.1, 59.9], zoom: 11 });
    await waitFor(() => expect(pending.filter((p) => p.isClusters)).toHaveLength(2));
    await act(async () => latest(true).answer(clustersAnswer(true, 4000)));
    expect(result.current.clustered).toBe(true);
    expect(result.current.inView!.objects.length).toBeLessThanOrEqual(CLUSTERED_LIST_PAGE);

    // The page for the clustered view arrives: one page, and more on request.
    await waitFor(() => expect(latest(false).variables.first).toBe(CLUSTERED_LIST_PAGE));
    await act(async () => latest(false).answer(objectsAnswer(CLUSTERED_LIST_PAGE, 4000)));
    expect(result.current.inView?.objects).toHaveLength(CLUSTERED_LIST_PAGE);
    expect(result.current.inView?.totalCount).toBe(4000);
    expect(result.current.showMore).toBeDefined();
  });
});
