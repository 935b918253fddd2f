import type L from 'leaflet';

import { runInFrames } from '../../ui/map/runInFrames';
import type { MapObject } from '../model/mapObject';

/** How the objects' Leaflet layers are made and changed; ObjectsLayer gives the real ones. */
export interface ObjectLayerFactory<TLayer extends L.Layer> {
  create: (object: MapObject, selected: boolean) => TLayer;
  /** Style (and tooltip) after the object's status, kind, name or selection changed. */
  restyle: (layer: TLayer, object: MapObject, selected: boolean) => void;
  /** True while the objects of the last answer are still being drawn over the next frames. */
  onBusyChange?: (busy: boolean) => void;
}

const sameGeometry = (a: MapObject, b: MapObject) => a.geometry === b.geometry || JSON.stringify(a.geometry) === JSON.stringify(b.geometry);

/**
 * The objects' layers on the map, one per object, kept in step with the API's answers: an answer
 * removes the layers of objects gone (or moved) at once, restyles changed ones in place, and
 * creates the new ones within a frame budget over the next frames (runInFrames), so the ~700
 * objects of a zoom from clusters to single objects do not block the page for a tenth of a second.
 */
export class ObjectLayers<TLayer extends L.Layer> {
  private readonly drawn = new Map<string, { object: MapObject; layer: TLayer }>();
  private cancelPending: () => void = () => undefined;
  private busy = false;
  private selectedId: string | undefined;

  constructor(
    private readonly group: L.LayerGroup,
    private readonly factory: ObjectLayerFactory<TLayer>,
  ) {}

  update(objects: readonly MapObject[]) {
    this.cancelPending();
    const wanted = new Map(objects.map((o) => [o.id, o]));
    for (const [id, entry] of this.drawn) {
      const next = wanted.get(id);
      if (!next || !sameGeometry(next, entry.object)) {
        this.group.removeLayer(entry.layer);
        this.drawn.delete(id);
      } else if (next.status !== entry.object.status || next.kind !== entry.object.kind || next.name !== entry.object.name) {
        entry.object = next;
        this.factory.restyle(entry.layer, next, id === this.selectedId);
      }
    }
    // West to east: on a canvas Leaflet redraws, each frame, only the layers that cross the area
    // the new layers cover. Batches in a strip each redraw a strip; batches spread over the whole
    // view (the API's order is by name) would redraw everything drawn so far, every frame.
    const missing = objects.filter((object) => !this.drawn.has(object.id)).sort((a, b) => a.bbox[0] - b.bbox[0]);
    let finished = false;
    this.cancelPending = runInFrames(
      missing,
      (object) => {
        // Made with the selection as it is when its turn comes, not when the answer came.
        const layer = this.factory.create(object, object.id === this.selectedId);
        this.group.addLayer(layer);
        this.drawn.set(object.id, { object, layer });
      },
      {
        onDone: () => {
          finished = true;
          this.setBusy(false);
        },
      },
    );
    if (!finished) this.setBusy(true);
  }

  /** Highlights the selected object (when drawn; one drawn later is made highlighted). */
  select(id: string | undefined) {
    const before = this.selectedId;
    this.selectedId = id;
    if (before === id) return;
    const previous = before ? this.drawn.get(before) : undefined;
    if (previous) this.factory.restyle(previous.layer, previous.object, false);
    const next = id ? this.drawn.get(id) : undefined;
    if (next) this.factory.restyle(next.layer, next.object, true);
  }

  /** Drops every layer (e.g. to draw them anew with another renderer). */
  clear() {
    this.cancelPending();
    this.group.clearLayers();
    this.drawn.clear();
    this.setBusy(false);
  }

  /**
   * Takes every layer off the map over the next frames (the caller hides them at once by removing
   * their renderers): taking 700 layers off in one go cost 10-15 ms of the frame in which the map
   * switched from objects to clusters. Then calls onGone.
   */
  dispose(onGone?: () => void) {
    this.cancelPending();
    const layers = [...this.drawn.values()].map((entry) => entry.layer);
    this.drawn.clear();
    this.setBusy(false);
    runInFrames(layers, (layer) => this.group.removeLayer(layer), { onDone: onGone });
  }

  /** The layer drawn for an object, if it is drawn yet. */
  layerOf(id: string): TLayer | undefined {
    return this.drawn.get(id)?.layer;
  }

  get size(): number {
    return this.drawn.size;
  }

  private setBusy(busy: boolean) {
    if (busy === this.busy) return;
    this.busy = busy;
    this.factory.onBusyChange?.(busy);
  }
}
