import L from 'leaflet';

import { handDrivenFrames } from '../../../test/handDrivenFrames';
import type { ObjectCluster } from '../model/mapObject';
import { clusterKey, ClusterMarkers } from './clusterMarkers';

const cluster = (count: number, lng: number, lat = 59.6): ObjectCluster => ({
  count,
  center: [lng, lat],
  bbox: [lng - 0.1, lat - 0.1, lng + 0.1, lat + 0.1],
});

describe('ClusterMarkers', () => {
  let map: L.Map;
  let group: L.LayerGroup;
  const frames = handDrivenFrames();
  const icons = () => [...map.getContainer().querySelectorAll<HTMLElement>('.object-cluster')];
  const runFrames = () => frames.runAll();

  beforeEach(() => {
    const container = document.createElement('div');
    document.body.append(container);
    map = L.map(container, { center: [59.6, 16.5], zoom: 9 });
    group = L.layerGroup().addTo(map);
  });
  afterEach(() => map.remove());

  const markersFor = (onActivate = jest.fn(), onBusyChange = jest.fn()) =>
    new ClusterMarkers(group, {
      label: (c) => ({ text: String(c.count), title: `${c.count} objekt här: zooma in` }),
      onActivate,
      onBusyChange,
    });

  it('draws one labelled, focusable marker per cluster, activated by click, Enter or Space', () => {
    const onActivate = jest.fn();
    const markers = markersFor(onActivate);
    const clusters = [cluster(12, 16.2), cluster(340, 16.5), cluster(7, 16.8)];
    markers.update(clusters);
    runFrames();
    expect(icons().map((icon) => icon.textContent)).toEqual(['12', '340', '7']);
    const icon = icons()[1];
    expect(icon).toHaveAttribute('title', '340 objekt här: zooma in');
    expect(icon).toHaveAccessibleName('340 objekt här: zooma in');
    expect(icon).toHaveAttribute('role', 'button');
    expect(icon).toHaveAttribute('tabindex', '0');
    icon.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onActivate).toHaveBeenCalledWith(clusters[1]);
    // The keyboard's way: Enter or Space on the focused marker, as on any button.
    onActivate.mockClear();
    icons()[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    icons()[0].dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    icons()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onActivate.mock.calls).toEqual([[clusters[2]], [clusters[0]]]);
  });

  it('keeps the markers of clusters that did not change and replaces only the others', () => {
    const markers = markersFor();
    markers.update([cluster(12, 16.2), cluster(340, 16.5), cluster(7, 16.8)]);
    runFrames();
    const [first, second] = icons();
    // A pan: two clusters are the same, one left the view, one came in, one changed its count.
    markers.update([cluster(12, 16.2), cluster(340, 16.5), cluster(8, 16.8), cluster(3, 17.1)]);
    runFrames();
    const after = icons();
    expect(after.map((icon) => icon.textContent).sort()).toEqual(['12', '3', '340', '8']);
    expect(after).toContain(first);
    expect(after).toContain(second);
    expect(markers.size).toBe(4);
    // The same answer again changes nothing on the page.
    markers.update([cluster(12, 16.2), cluster(340, 16.5), cluster(8, 16.8), cluster(3, 17.1)]);
    runFrames();
    expect(icons()).toEqual(after);
  });

  it('adds a big answer over several frames, busy until the last marker is drawn', () => {
    const onBusyChange = jest.fn();
    const markers = new ClusterMarkers(group, {
      label: (c) => {
        frames.now += 1; // each marker takes 1 ms to make
        return { text: String(c.count), title: String(c.count) };
      },
      onActivate: jest.fn(),
      onBusyChange,
    });
    const many = Array.from({ length: 200 }, (_, i) => cluster(i + 1, 14 + i / 50));
    markers.update(many);
    expect(onBusyChange).toHaveBeenLastCalledWith(true);
    frames.runFrame();
    expect(icons().length).toBeGreaterThan(0);
    expect(icons().length).toBeLessThan(20);
    expect(onBusyChange).toHaveBeenLastCalledWith(true);
    runFrames();
    expect(icons()).toHaveLength(200);
    expect(onBusyChange).toHaveBeenLastCalledWith(false);
    expect(onBusyChange).toHaveBeenCalledTimes(2);
  });

  it('drops what a newer answer does not want, even while the older one is still being drawn', () => {
    const markers = new ClusterMarkers(group, {
      label: (c) => {
        frames.now += 1;
        return { text: String(c.count), title: String(c.count) };
      },
      onActivate: jest.fn(),
    });
    markers.update(Array.from({ length: 100 }, (_, i) => cluster(i + 1, 14 + i / 50)));
    markers.update([cluster(5000, 16.5)]);
    runFrames();
    expect(icons().map((icon) => icon.textContent)).toEqual(['5000']);
  });

  it('tells two clusters with the same key apart', () => {
    const markers = markersFor();
    markers.update([cluster(3, 16.5), cluster(3, 16.5)]);
    runFrames();
    expect(icons()).toHaveLength(2);
    expect(clusterKey(cluster(3, 16.5))).not.toBe(clusterKey(cluster(4, 16.5)));
  });
});
