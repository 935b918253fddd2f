import L from 'leaflet';

import { keepNearView } from './keepNearView';

/** A 1-degree square outline around [lng, lat]. */
const square = (lng: number, lat: number) =>
  L.polygon([
    [lat - 0.5, lng - 0.5],
    [lat - 0.5, lng + 0.5],
    [lat + 0.5, lng + 0.5],
    [lat + 0.5, lng - 0.5],
  ]);

describe('keepNearView', () => {
  let map: L.Map;
  beforeEach(() => {
    const container = document.createElement('div');
    // jsdom lays nothing out: give the map a size, as a browser would.
    Object.defineProperty(container, 'clientWidth', { value: 800 });
    Object.defineProperty(container, 'clientHeight', { value: 600 });
    document.body.append(container);
    map = L.map(container, { center: [59.6, 16.5], zoom: 8, fadeAnimation: false, zoomAnimation: false });
  });
  afterEach(() => map.remove());

  it('keeps only the layers near the view on the map, and follows the view', () => {
    const sweden = square(16.5, 59.6);
    const norway = square(10.7, 59.9); // ~330 km west: within one view's width at zoom 8
    const spain = square(-3.7, 40.4);
    const group = L.layerGroup().addTo(map);
    keepNearView(map, group, [sweden, norway, spain]);
    expect(group.getLayers()).toEqual([sweden, norway]);
    expect(map.hasLayer(spain)).toBe(false);

    map.setView([40.4, -3.7], 8);
    expect(group.getLayers()).toEqual([spain]);
    expect(map.hasLayer(sweden)).toBe(false);

    // Zoomed out to the whole of Europe: all of them.
    map.setView([50, 6], 4);
    expect(group.getLayers()).toHaveLength(3);
  });

  it('waits until its group is on the map, and stops when told', () => {
    const sweden = square(16.5, 59.6);
    const spain = square(-3.7, 40.4);
    const group = L.layerGroup();
    const stop = keepNearView(map, group, [sweden, spain]);
    expect(group.getLayers()).toEqual([]);
    group.addTo(map);
    expect(group.getLayers()).toEqual([sweden]);
    stop();
    map.setView([40.4, -3.7], 8);
    expect(group.getLayers()).toEqual([sweden]);
  });
});
