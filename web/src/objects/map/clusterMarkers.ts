import L from 'leaflet';

import { runInFrames } from '../../ui/map/runInFrames';
import { textElement } from '../../ui/map/textContent';
import type { ObjectCluster } from '../model/mapObject';

export interface ClusterLabel {
  /** The count as shown on the marker, e.g. "1 234". */
  text: string;
  /** What the marker is called for screen readers and as its tooltip. */
  title: string;
}

export interface ClusterMarkersOptions {
  label: (cluster: ObjectCluster) => ClusterLabel;
  /** Click, or Enter on the focused marker. */
  onActivate: (cluster: ObjectCluster) => void;
  /** True while markers of the last answer are still being added over the next frames. */
  onBusyChange?: (busy: boolean) => void;
}

/** Marker size grows with the count, on a log scale so 10 and 10,000 both stay readable. */
export function clusterSize(count: number): number {
  return Math.round(30 + 10 * Math.log10(Math.max(1, count)));
}

/**
 * A cluster is the same one in two answers when it has the same objects: same count, same mean
 * centre and same bounding box (the server's grid cells are fixed per zoom level).
 */
export function clusterKey(cluster: ObjectCluster): string {
  return `${cluster.count}|${cluster.center.join(',')}|${cluster.bbox.join(',')}`;
}

/**
 * The cluster markers on the map, kept in step with the server's answers by key: a pan keeps the
 * markers of clusters that did not change, and new markers are added over a few frames, so an
 * answer with 200 clusters does not block the page while it is drawn.
 */
export class ClusterMarkers {
  private readonly shown = new Map<string, L.Marker>();
  private cancelPending: () => void = () => undefined;
  private busy = false;

  constructor(
    private readonly group: L.LayerGroup,
    private readonly options: ClusterMarkersOptions,
  ) {}

  /** Shows these clusters: removes markers no longer wanted at once, adds the new ones over frames. */
  update(clusters: readonly ObjectCluster[]) {
    this.cancelPending();
    const wanted = new Map<string, ObjectCluster>();
    for (const cluster of clusters) wanted.set(uniqueKey(wanted, clusterKey(cluster)), cluster);
    for (const [key, marker] of this.shown) {
      if (wanted.has(key)) continue;
      this.group.removeLayer(marker);
      this.shown.delete(key);
    }
    const missing = [...wanted].filter(([key]) => !this.shown.has(key));
    let finished = false;
    this.cancelPending = runInFrames(
      missing,
      ([key, cluster]) => {
        const marker = this.createMarker(cluster);
        this.group.addLayer(marker);
        this.shown.set(key, marker);
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

  /** Drops every marker (e.g. the language changed and every label with it). */
  clear() {
    this.cancelPending();
    this.group.clearLayers();
    this.shown.clear();
    this.setBusy(false);
  }

  /** How many markers are on the map now. */
  get size(): number {
    return this.shown.size;
  }

  private createMarker(cluster: ObjectCluster): L.Marker {
    const size = clusterSize(cluster.count);
    const { text, title } = this.options.label(cluster);
    const marker = L.marker([cluster.center[1], cluster.center[0]], {
      icon: L.divIcon({ className: 'object-cluster', html: textElement(text), iconSize: [size, size] }),
      title,
      alt: title,
      keyboard: true,
      riseOnHover: true,
    });
    // Leaflet makes the icon a focusable role=button but names it only by its content (the bare
    // count) and sets alt on images only: the label says what the button does.
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', title));
    marker.on('click', () => this.options.onActivate(cluster));
    // Leaflet 1.9 makes the icon focusable but passes Enter on it on as a key event, not a click:
    // Enter and Space act as on any button.
    marker.on('keydown', (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      this.options.onActivate(cluster);
    });
    return marker;
  }

  private setBusy(busy: boolean) {
    if (busy === this.busy) return;
    this.busy = busy;
    this.options.onBusyChange?.(busy);
  }
}

/** Two clusters with the same key would hide one another: the second gets a suffix. */
function uniqueKey(taken: ReadonlyMap<string, unknown>, key: string): string {
  let unique = key;
  for (let i = 2; taken.has(unique); i++) unique = `${key}#${i}`;
  return unique;
}
