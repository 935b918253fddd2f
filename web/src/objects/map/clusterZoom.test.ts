import type { ObjectCluster } from '../model/mapObject';
import { clusterZoom } from './clusterZoom';

const cluster = (bbox: number[], center: number[] = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]): ObjectCluster => ({
  count: 120,
  center,
  bbox,
});

describe('clusterZoom', () => {
  it('fits a compact cluster, at most four steps in', () => {
    expect(clusterZoom(cluster([16.5, 59.6, 16.52, 59.61]), 11, 18, 14)).toEqual({ kind: 'fit', maxZoom: 15 });
    expect(clusterZoom(cluster([16.5, 59.6, 16.52, 59.61]), 16, 18, 19)).toEqual({ kind: 'fit', maxZoom: 18 });
  });

  it('zooms in on objects at one spot, which fitting cannot spread', () => {
    expect(clusterZoom(cluster([16.5, 59.6, 16.5, 59.6]), 11, 18, 18)).toEqual({ kind: 'centre', center: [59.6, 16.5], zoom: 14 });
  });

  it('zooms in on the objects’ centre when a long road in the cluster makes its bbox wider than the view', () => {
    // Clustered by their centres near Västerås, but one member runs from Stockholm to Örebro:
    // fitting that bbox would zoom out from 11 to 8.
    const withLongRoad = cluster([15.2, 59.2, 18.1, 59.7], [16.55, 59.62]);
    expect(clusterZoom(withLongRoad, 11, 18, 8)).toEqual({ kind: 'centre', center: [59.62, 16.55], zoom: 13 });
    // Also when the bbox fits exactly at the current zoom: a click never leaves the zoom as it was.
    expect(clusterZoom(withLongRoad, 11, 18, 11)).toEqual({ kind: 'centre', center: [59.62, 16.55], zoom: 13 });
    expect(clusterZoom(withLongRoad, 17, 18, 8)).toEqual({ kind: 'centre', center: [59.62, 16.55], zoom: 18 });
  });
});
