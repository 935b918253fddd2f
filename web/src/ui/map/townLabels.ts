import L from 'leaflet';

/** A name to write on the map: a town (with a dot) or a lake (italic, in the water). */
export interface MapLabel {
  name: string;
  lat: number;
  lng: number;
  /** The first zoom the label is drawn at. */
  minZoom: number;
  /** Higher first when labels collide: a town's population, a lake's stand-in for it. */
  priority: number;
  /** A town's population: bigger towns get bigger type. */
  population: number;
  kind: 'town' | 'lake';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  label: MapLabel;
  /** The label's anchor (the town's dot or the lake's centre) in pixels. */
  x: number;
  y: number;
  /** The text starts left of the dot instead of right of it. */
  flipped: boolean;
  size: 'large' | 'medium' | 'small';
}

const MAX_LABELS = 120;

export function labelSize(label: MapLabel): PlacedLabel['size'] {
  if (label.kind === 'lake') return 'medium';
  return label.population >= 100_000 ? 'large' : label.population >= 15_000 ? 'medium' : 'small';
}

const FONT_PX = { large: 14, medium: 13, small: 12 } as const;

/** The text's box, from a generous average glyph width: a little air between labels reads better. */
function textBox(label: MapLabel, x: number, y: number, size: PlacedLabel['size'], flipped: boolean): Box {
  const font = FONT_PX[size];
  const width = label.name.length * font * 0.62 + 4;
  const height = font + 4;
  if (label.kind === 'lake') return { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
  const gap = 6;
  return flipped
    ? { left: x - gap - width, right: x + 4, top: y - height / 2, bottom: y + height / 2 }
    : { left: x - 4, right: x + gap + width, top: y - height / 2, bottom: y + height / 2 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Chooses which labels to write, greedily by priority: a label is written right of its dot, or
 * left of it, where it overlaps no label already written; otherwise it is left out. `project`
 * gives a label's pixel position, or null when it is outside the view.
 */
export function placeLabels(
  labels: readonly MapLabel[],
  zoom: number,
  project: (label: MapLabel) => { x: number; y: number } | null,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [];
  const candidates = labels.filter((l) => l.minZoom <= zoom).sort((a, b) => b.priority - a.priority);
  for (const label of candidates) {
    if (placed.length >= MAX_LABELS) break;
    const at = project(label);
    if (!at) continue;
    const size = labelSize(label);
    for (const flipped of [false, true]) {
      const box = textBox(label, at.x, at.y, size, flipped);
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ label, x: at.x, y: at.y, flipped, size });
      break;
    }
  }
  return placed;
}

/**
 * Town and lake names as HTML in a pane of their own, below the objects, placed again after
 * every move or zoom (real text: readable by screen magnifiers and findable in tests).
 */
export class LabelLayer extends L.Layer {
  private labels: readonly MapLabel[] = [];
  private container: HTMLElement | null = null;
  private readonly paneName: string;

  constructor(paneName: string) {
    super();
    this.paneName = paneName;
  }

  setLabels(labels: readonly MapLabel[]) {
    this.labels = labels;
    this.redraw();
  }

  override onAdd(map: L.Map): this {
    this.container = L.DomUtil.create('div', 'basemap-labels', map.getPane(this.paneName));
    map.on('moveend zoomend viewreset', this.redraw, this);
    map.on('zoomstart', this.hide, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend zoomend viewreset', this.redraw, this);
    map.off('zoomstart', this.hide, this);
    this.container?.remove();
    this.container = null;
    return this;
  }

  private hide() {
    // The labels do not scale with the zoom animation: hidden until placed again.
    if (this.container) this.container.style.visibility = 'hidden';
  }

  private redraw() {
    const map = this._map as L.Map | undefined;
    const container = this.container;
    if (!map || !container) return;
    const size = map.getSize();
    const zoom = Math.round(map.getZoom());
    const placed = placeLabels(this.labels, zoom, (label) => {
      const point = map.latLngToContainerPoint([label.lat, label.lng]);
      if (point.x < -20 || point.y < -20 || point.x > size.x + 20 || point.y > size.y + 20) return null;
      return point;
    });
    container.replaceChildren(
      ...placed.map((p) => {
        const el = L.DomUtil.create(
          'div',
          `basemap-label basemap-label--${p.label.kind} basemap-label--${p.size}${p.flipped ? ' basemap-label--flipped' : ''}`,
        );
        el.textContent = p.label.name;
        // left/top, not setPosition's transform: the CSS transform puts the text beside its dot.
        const at = map.containerPointToLayerPoint([p.x, p.y]);
        el.style.left = `${at.x}px`;
        el.style.top = `${at.y}px`;
        return el;
      }),
    );
    container.style.visibility = '';
  }
}
