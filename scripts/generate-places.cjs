#!/usr/bin/env node
/**
 * Writes server/src/search/data/places.json, the places the map's search offers offline: Sweden's
 * towns from Natural Earth's populated places (public domain; see README.md "Data sources") and the
 * 290 municipalities with their bounding boxes, from the municipality boundaries the server ships
 * already (server/src/municipalities/data/municipalities.json, scripts/generate-municipalities.cjs):
 *
 *   node scripts/generate-places.cjs [ne_10m_populated_places_nordic.geojson]
 *
 * The file defaults to ../shared/data/natural-earth/ beside the repository. A town has no extent in
 * the source: it gets a box around its point that grows with its population, so choosing it shows
 * the town and a little around it.
 */
const fs = require('node:fs');
const path = require('node:path');

const source = path.resolve(
  process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'data', 'natural-earth', 'ne_10m_populated_places_nordic.geojson'),
);
const municipalitiesFile = path.join(__dirname, '..', 'server', 'src', 'municipalities', 'data', 'municipalities.json');
const target = path.join(__dirname, '..', 'server', 'src', 'search', 'data', 'places.json');

const round = (n, decimals = 4) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** Half the height of a town's box in degrees of latitude: about 3 km for a village, 12 km for Stockholm. */
function halfHeight(population) {
  return Math.min(0.11, Math.max(0.027, Math.sqrt(Math.max(population, 0)) / 10_000));
}

const places = JSON.parse(fs.readFileSync(source, 'utf8'));
const towns = places.features
  .filter((f) => f.properties.ADM0_A3 === 'SWE')
  .map((f) => {
    const [lng, lat] = f.geometry.coordinates;
    const population = f.properties.POP_MAX ?? 0;
    const dLat = halfHeight(population);
    const dLng = dLat / Math.cos((lat * Math.PI) / 180);
    return {
      name: f.properties.NAME,
      region: f.properties.ADM1NAME ?? null,
      population,
      center: [round(lng), round(lat)],
      bbox: [round(lng - dLng), round(lat - dLat), round(lng + dLng), round(lat + dLat)],
    };
  })
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'sv'));

function extend(box, [lng, lat]) {
  box[0] = Math.min(box[0], lng);
  box[1] = Math.min(box[1], lat);
  box[2] = Math.max(box[2], lng);
  box[3] = Math.max(box[3], lat);
}

const shipped = JSON.parse(fs.readFileSync(municipalitiesFile, 'utf8'));
const municipalities = shipped.municipalities.map((m) => {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = m.geometry.type === 'Polygon' ? [m.geometry.coordinates] : m.geometry.coordinates;
  for (const polygon of polygons) for (const position of polygon[0]) extend(box, position);
  return {
    code: m.code,
    name: m.name,
    region: shipped.regions[m.regionCode],
    center: [round((box[0] + box[2]) / 2), round((box[1] + box[3]) / 2)],
    bbox: box.map((n) => round(n)),
  };
});

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify({ towns, municipalities }) + '\n');
process.stdout.write(`${path.relative(process.cwd(), target)}: ${towns.length} towns, ${municipalities.length} municipalities\n`);
