import { act, renderHook, waitFor } from '@testing-library/react';

import { fakeGraphQLServer } from '../../../test/fakeGraphQLServer';
import { EMPTY_FILTERS } from '../model/mapView';
import { CLUSTERED_LIST_PAGE, useObjectsInView } from './useObjectsInView';

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
  objectClusters: {
    totalCount,
    clustered,
    clusters: clustered ? [{ count: totalCount, center: [16.5, 59.6], bbox: [16, 59, 17, 60] }] : [],
  },
});

describe('useObjectsInView', () => {
  let server: ReturnType<typeof fakeGraphQLServer>;
  beforeEach(() => {
    server = fakeGraphQLServer();
  });
  const pendingClusters = () => server.named('ObjectClusters');
  const pendingObjects = () => server.named('ObjectsInView');
  const answer = async (operationName: string, data: unknown) => act(async () => server.latest(operationName).answer({ data }));

  it('hands the list at most one page when the view turns clustered before the list page is in', async () => {
    const { result, rerender } = renderHook(({ bbox, zoom }) => useObjectsInView('arena', EMPTY_FILTERS, bbox, zoom), {
      initialProps: { bbox: [16.4, 59.5, 16.7, 59.7], zoom: 13 },
      wrapper: server.wrapper,
    });
    // Zoomed in: not clustered, every object in view (700) is loaded for the map and the list.
    await waitFor(() => expect(pendingClusters().length).toBeGreaterThan(0));
    await answer('ObjectClusters', clustersAnswer(false, 700));
    await waitFor(() => expect(pendingObjects().length).toBeGreaterThan(0));
    await answer('ObjectsInView', objectsAnswer(700));
    expect(result.current.inView?.objects).toHaveLength(700);

    // Zoomed out: the clusters' answer comes first; the list's page is still on its way.
    rerender({ bbox: [15.9, 59.3, 17.1, 59.9], zoom: 11 });
    await waitFor(() => expect(pendingClusters()).toHaveLength(2));
    await answer('ObjectClusters', clustersAnswer(true, 4000));
    expect(result.current.clustered).toBe(true);
    expect(result.current.inView!.objects.length).toBeLessThanOrEqual(CLUSTERED_LIST_PAGE);

    // The page for the clustered view arrives: one page, and more on request.
    await waitFor(() => expect(server.latest('ObjectsInView').variables.first).toBe(CLUSTERED_LIST_PAGE));
    await answer('ObjectsInView', objectsAnswer(CLUSTERED_LIST_PAGE, 4000));
    expect(result.current.inView?.objects).toHaveLength(CLUSTERED_LIST_PAGE);
    expect(result.current.inView?.totalCount).toBe(4000);
    expect(result.current.showMore).toBeDefined();
  });
});
