import L from 'leaflet';

import { handDrivenFrames } from '../../../test/handDrivenFrames';
import type { MapObject } from '../model/mapObject';
import { ObjectLayers } from './objectLayers';

const object = (i: number, changes: Partial<MapObject> = {}): MapObject => ({
  id: `o${i}`,
  name: `Objekt ${i}`,
  kind: 'ROAD',
  status: 'REPORTED',
  geometry: { type: 'Point', coordinates: [16 + i / 1000, 59.6] },
  bbox: [16 + i / 1000, 59.6, 16 + i / 1000, 59.6],
  modes: ['ROAD'],
  municipality: null,
  organizationCount: 1,
  reportCount: 1,
  ...changes,
});
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => object(from + i));

/** A stand-in layer that remembers which object it was made for and how it looks. */
class FakeLayer extends L.Layer {
  constructor(
    readonly objectId: string,
    public selected: boolean,
    public status: string,
  ) {
    super();
  }
}

describe('ObjectLayers', () => {
  const frames = handDrivenFrames();
  let group: L.LayerGroup;
  const runFrames = () => frames.runAll();
  beforeEach(() => {
    group = L.featureGroup();
  });

  const makeLayers = (costMs = 0) => {
    const factory = {
      create: jest.fn((o: MapObject, selected: boolean) => {
        frames.now += costMs;
        return new FakeLayer(o.id, selected, o.status);
      }),
      restyle: jest.fn((layer: FakeLayer, o: MapObject, selected: boolean) => {
        layer.selected = selected;
        layer.status = o.status;
      }),
      onBusyChange: jest.fn(),
    };
    return { layers: new ObjectLayers<FakeLayer>(group, factory), factory };
  };
  const drawnIds = () => (group.getLayers() as FakeLayer[]).map((l) => l.objectId).sort();

  it('draws a big answer over several frames, busy until every object is drawn', () => {
    const { layers, factory } = makeLayers(1);
    layers.update(range(700));
    expect(factory.onBusyChange).toHaveBeenLastCalledWith(true);
    frames.runFrame();
    expect(group.getLayers().length).toBeGreaterThan(0);
    expect(group.getLayers().length).toBeLessThan(20);
    expect(factory.onBusyChange).toHaveBeenLastCalledWith(true);
    runFrames();
    expect(group.getLayers()).toHaveLength(700);
    expect(factory.onBusyChange).toHaveBeenLastCalledWith(false);
  });

  it('draws from west to east, so that the batch of each frame covers a strip of the map', () => {
    const { layers, factory } = makeLayers();
    const shuffled = [5, 1, 4, 2, 3].map((i) => object(i));
    layers.update(shuffled);
    runFrames();
    expect(factory.create.mock.calls.map(([o]) => o.id)).toEqual(['o1', 'o2', 'o3', 'o4', 'o5']);
  });

  it('keeps unchanged objects, restyles changed ones in place, and removes those gone or moved', () => {
    const { layers, factory } = makeLayers();
    layers.update(range(5));
    runFrames();
    const kept = layers.layerOf('o1');
    const moved = layers.layerOf('o3');
    layers.update([
      object(0),
      object(1),
      object(2, { status: 'RESOLVED' }),
      object(3, { geometry: { type: 'Point', coordinates: [17, 60] } }),
      object(9),
    ]);
    runFrames();
    expect(drawnIds()).toEqual(['o0', 'o1', 'o2', 'o3', 'o9']);
    expect(layers.layerOf('o1')).toBe(kept);
    expect(layers.layerOf('o3')).not.toBe(moved);
    expect(layers.layerOf('o2')!.status).toBe('RESOLVED');
    expect(factory.restyle).toHaveBeenCalledTimes(1);
    expect(factory.create).toHaveBeenCalledTimes(7);
  });

  it('does not draw what a newer answer no longer has, even while the older one is being drawn', () => {
    const { layers } = makeLayers(1);
    layers.update(range(300));
    layers.update(range(3, 1000));
    runFrames();
    expect(drawnIds()).toEqual(['o1000', 'o1001', 'o1002']);
  });

  it('when disposed, is empty and idle at once and takes its layers off over the next frames', () => {
    const { layers, factory } = makeLayers(1);
    layers.update(range(300));
    runFrames();
    const onGone = jest.fn();
    // Taking a layer off costs time too: 1 ms each.
    group.on('layerremove', () => (frames.now += 1));
    layers.dispose(onGone);
    expect(layers.size).toBe(0);
    expect(factory.onBusyChange).toHaveBeenLastCalledWith(false);
    expect(group.getLayers()).toHaveLength(300);
    frames.runFrame();
    expect(group.getLayers().length).toBeGreaterThan(250);
    runFrames();
    expect(group.getLayers()).toHaveLength(0);
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it('highlights the selected object, also one that is drawn only in a later frame', () => {
    const { layers } = makeLayers(1);
    layers.select('o250');
    layers.update(range(300));
    expect(layers.layerOf('o250')).toBeUndefined();
    runFrames();
    expect(layers.layerOf('o250')!.selected).toBe(true);
    expect(layers.layerOf('o1')!.selected).toBe(false);
    layers.select('o1');
    expect(layers.layerOf('o250')!.selected).toBe(false);
    expect(layers.layerOf('o1')!.selected).toBe(true);
  });
});
