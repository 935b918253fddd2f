import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { BASE_MAP_COLORS as C } from './baseMapStyle';
import { type BoundedLayer, keepNearView } from './keepNearView';
import { runInFrames } from './runInFrames';
import { LabelLayer, type MapLabel } from './townLabels';

/** Panes below the objects' (overlayPane, z-index 400): land, then water and lines, then names. */
export const BASE_MAP_PANES = { land: 'basemap-land', lines: 'basemap-lines', labels: 'basemap-labels' } as const;
const PANE_Z = { land: 150, lines: 160, labels: 390 } as const;

/** The two detail levels of scripts/generate-basemap.cjs and the zooms each is drawn at. */
export type Band = 'coarse' | 'fine';
export const FINE_FROM_ZOOM = 8;
export const bandForZoom = (zoom: number): Band => (zoom >= FINE_FROM_ZOOM ? 'fine' : 'coarse');

type BaseMapTopology = Topology<
  Record<'land' | 'coast' | 'lakes' | 'rivers' | 'national' | 'counties' | 'towns', GeometryCollection> & {
    municipalities?: GeometryCollection;
  }
> & {
  /** [west, south, east, north] of the source data: outside it, "no data" rather than sea. */
  window?: [number, number, number, number];
};

/** The world with a hole where the map has data. */
function outsideOf([west, south, east, north]: [number, number, number, number]): L.Polygon {
  const world: L.LatLngTuple[] = [
    [-85, -180],
    [-85, 180],
    [85, 180],
    [85, -180],
  ];
  const hole: L.LatLngTuple[] = [
    [south, west],
    [north, west],
    [north, east],
    [south, east],
  ];
  return L.polygon([world, hole], { interactive: false, stroke: false, fillColor: C.noData, fillOpacity: 1 });
}

interface LoadedBand {
  land: L.LayerGroup;
  lines: L.LayerGroup;
  labels: MapLabel[];
  stop: () => void;
}

/** Multi-geometries split into their parts: each part is culled on its own (see keepNearView). */
function explode(collection: FeatureCollection): Feature[] {
  return collection.features.flatMap((f) => {
    const g = f.geometry as Geometry;
    if (g.type === 'MultiPolygon')
      return g.coordinates.map((coordinates) => ({ ...f, geometry: { type: 'Polygon', coordinates } }) as Feature);
    if (g.type === 'MultiLineString')
      return g.coordinates.map((coordinates) => ({ ...f, geometry: { type: 'LineString', coordinates } }) as Feature);
    return [f];
  });
}

/**
 * The readable base map that needs no internet (web/public/basemap/, made by
 * scripts/generate-basemap.cjs): sea and lakes in water colour, land, rivers, county and
 * municipality borders on canvases, and town and lake names. The coarse level (zoom 4–7) is
 * fetched when the layer is first shown, the fine one (zoom 8 and more) only once the map is
 * zoomed that far.
 */
export class OfflineBaseMap extends L.Layer {
  private readonly baseUrl: string;
  private readonly bands = new Map<Band, LoadedBand>();
  private readonly loading = new Map<Band, Promise<LoadedBand | null>>();
  private readonly abort = new AbortController();
  private readonly cancelBuilds = new Set<() => void>();
  private readonly renderers: Record<'land' | 'lines', L.Canvas>;
  private readonly labelLayer = new LabelLayer(BASE_MAP_PANES.labels);
  private shown: LoadedBand | null = null;
  /** The map last added to: the levels are culled against it even if fetched while not shown. */
  private mapRef: L.Map | null = null;
  private previousBackground = '';

  constructor(baseUrl: string) {
    super();
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    this.renderers = {
      land: L.canvas({ pane: BASE_MAP_PANES.land, padding: 0.3 }),
      lines: L.canvas({ pane: BASE_MAP_PANES.lines, padding: 0.3 }),
    };
  }

  override onAdd(map: L.Map): this {
    this.mapRef = map;
    for (const [key, name] of Object.entries(BASE_MAP_PANES)) {
      if (map.getPane(name)) continue;
      const pane = map.createPane(name);
      pane.style.zIndex = String(PANE_Z[key as keyof typeof PANE_Z]);
      pane.style.pointerEvents = 'none';
    }
    // The sea is the map's own background: only land is drawn over it.
    const container = map.getContainer();
    this.previousBackground = container.style.background;
    container.style.background = C.water;
    container.classList.add('map--offline-base');
    map.addLayer(this.renderers.land).addLayer(this.renderers.lines).addLayer(this.labelLayer);
    map.on('zoomend', this.update, this);
    this.update();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoomend', this.update, this);
    this.show(null);
    map.removeLayer(this.labelLayer).removeLayer(this.renderers.land).removeLayer(this.renderers.lines);
    const container = map.getContainer();
    container.style.background = this.previousBackground;
    container.classList.remove('map--offline-base');
    return this;
  }

  /** Stops the downloads for good (the component unmounts). */
  dispose() {
    this.abort.abort();
    for (const cancel of this.cancelBuilds) cancel();
    for (const band of this.bands.values()) band.stop();
  }

  private update() {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const wanted = bandForZoom(map.getZoom());
    const loaded = this.bands.get(wanted);
    if (loaded) return this.show(loaded);
    // Until the wanted level is in, the other one (if any) stays up.
    if (!this.shown && this.bands.size) this.show([...this.bands.values()][0]);
    void this.load(wanted).then((band) => {
      if (band && this._map && bandForZoom(this._map.getZoom()) === wanted) this.show(band);
    });
  }

  private show(band: LoadedBand | null) {
    const map = this._map as L.Map | undefined;
    if (this.shown === band) return;
    if (this.shown) {
      this.shown.land.remove();
      this.shown.lines.remove();
    }
    this.shown = band;
    if (band && map) {
      band.land.addTo(map);
      band.lines.addTo(map);
    }
    this.labelLayer.setLabels(band?.labels ?? []);
  }

  private load(band: Band): Promise<LoadedBand | null> {
    let pending = this.loading.get(band);
    if (!pending) {
      pending = fetch(`${this.baseUrl}${band}.json`, { signal: this.abort.signal })
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status}`);
          return response.json() as Promise<BaseMapTopology>;
        })
        .then((topology) => this.build(topology))
        .then((loaded) => {
          this.bands.set(band, loaded);
          return loaded;
        })
        .catch(() => {
          // Without the base map the objects still show on the water-coloured background.
          this.loading.delete(band);
          return null;
        });
      this.loading.set(band, pending);
    }
    return pending;
  }

  /**
   * Makes the paths and names of one level, one kind of feature per animation frame (decoding and
   * making the fine level's 3,000 paths in one go froze the map for 0.2–0.4 s).
   */
  private build(topology: BaseMapTopology): Promise<LoadedBand> {
    const fine = Boolean(topology.objects.municipalities);
    const read = (name: keyof BaseMapTopology['objects']) => {
      const object = topology.objects[name];
      return object ? explode(feature(topology, object) as FeatureCollection) : [];
    };
    const paths = (features: Feature[], renderer: L.Canvas, style: L.PathOptions) =>
      // GeoJSON passes its options on to the paths it creates, renderer included.
      L.geoJSON(
        { type: 'FeatureCollection', features } as FeatureCollection,
        { interactive: false, renderer, style } as L.GeoJSONOptions,
      ).getLayers() as BoundedLayer[];

    const landLayers: BoundedLayer[] = [];
    const lineLayers: BoundedLayer[] = [];
    const labels: MapLabel[] = [];
    // In drawing order: later kinds are drawn over earlier ones.
    const lineStyles: [keyof BaseMapTopology['objects'], L.PathOptions][] = [
      ['lakes', { color: C.shore, weight: 0.7, fillColor: C.water, fillOpacity: 1 }],
      ['rivers', { color: C.river, weight: fine ? 1.6 : 1.1, fill: false }],
      ['coast', { color: C.shore, weight: fine ? 0.9 : 0.7, fill: false }],
      ['municipalities', { color: C.municipality, weight: 1, dashArray: '5 4', fill: false }],
      ['counties', { color: C.county, weight: fine ? 2 : 1.4, fill: false }],
      ['national', { color: C.national, weight: fine ? 3 : 2.2, dashArray: '10 3 2 3', fill: false }],
    ];
    const steps: (() => void)[] = [
      () => {
        landLayers.push(...paths(read('land'), this.renderers.land, { stroke: false, fillColor: C.land, fillOpacity: 1 }));
        if (topology.window) {
          const outside = outsideOf(topology.window);
          outside.options.renderer = this.renderers.land;
          landLayers.push(outside);
        }
      },
      ...lineStyles.map(([name, style]) => () => {
        const features = read(name);
        lineLayers.push(...paths(features, this.renderers.lines, style));
        if (name === 'lakes') labels.push(...lakeLabels(features));
      }),
      () => labels.push(...townLabels(read('towns'))),
    ];

    return new Promise((resolve) => {
      const cancel = runInFrames(steps, (step) => step(), {
        onDone: () => {
          this.cancelBuilds.delete(cancel);
          const land = L.layerGroup();
          const lines = L.layerGroup();
          const map = this.mapRef!;
          const stopLand = keepNearView(map, land, landLayers);
          const stopLines = keepNearView(map, lines, lineLayers);
          resolve({
            land,
            lines,
            labels,
            stop: () => {
              stopLand();
              stopLines();
            },
          });
        },
      });
      this.cancelBuilds.add(cancel);
    });
  }
}

function townLabels(features: Feature[]): MapLabel[] {
  return (features as Feature<Point, { name: string; population: number; minZoom: number; priority: number }>[]).map((f) => {
    const [lng, lat] = f.geometry.coordinates;
    const { name, minZoom, priority, population } = f.properties;
    return { kind: 'town', name, lat, lng, minZoom, priority, population };
  });
}

function lakeLabels(features: Feature[]): MapLabel[] {
  const labels: MapLabel[] = [];
  for (const f of features as Feature<Geometry, { name?: string; minZoom?: number; label?: [number, number] }>[]) {
    const { name, minZoom, label } = f.properties;
    // A lake cut into parts names the part that holds its label point only once: the first part.
    if (!name || !label || minZoom === undefined || labels.some((l) => l.name === name)) continue;
    // A big lake's name ranks with a big town's; the smaller lakes give way to towns.
    labels.push({ kind: 'lake', name, lng: label[0], lat: label[1], minZoom, priority: minZoom <= 6 ? 200_000 : 10_000, population: 0 });
  }
  return labels;
}
