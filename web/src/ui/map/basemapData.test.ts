/**
 * The files scripts/generate-basemap.cjs wrote into web/public/basemap/: what a member needs to
 * find their way around Mälaren is in them, and they stay small enough for the repository.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const DIR = path.resolve(__dirname, '../../../public/basemap');
type Band = 'coarse' | 'fine';

function load(band: Band) {
  const topology = JSON.parse(readFileSync(path.join(DIR, `${band}.json`), 'utf8')) as Topology<Record<string, GeometryCollection>>;
  const read = <T extends Feature>(name: string) => (feature(topology, topology.objects[name]) as FeatureCollection).features as T[];
  return {
    topology,
    lakes: read<Feature<Polygon | MultiPolygon, { name?: string }>>('lakes'),
    land: read<Feature<Polygon | MultiPolygon>>('land'),
    towns: read<Feature<Point, { name: string; population: number; minZoom: number }>>('towns'),
  };
}

const bands: Band[] = ['coarse', 'fine'];

describe.each(bands)('the %s level of the offline base map', (band) => {
  const data = load(band);
  const lake = (name: string) => data.lakes.find((l) => l.properties.name === name);
  const town = (name: string) => data.towns.find((t) => t.properties.name === name);

  it('has the four big lakes, with water where the browser test looks for it', () => {
    for (const name of ['Mälaren', 'Vänern', 'Vättern', 'Hjälmaren']) expect(lake(name)).toBeDefined();
    expect(booleanPointInPolygon([16.6, 59.5], lake('Mälaren')!)).toBe(true);
    expect(booleanPointInPolygon([15.9, 59.22], lake('Hjälmaren')!)).toBe(true);
    // Land between Köping and Västerås: on land, in no lake.
    expect(data.land.some((l) => booleanPointInPolygon([16.25, 59.62], l))).toBe(true);
    expect(data.lakes.some((l) => booleanPointInPolygon([16.25, 59.62], l))).toBe(false);
  });

  it('names Västerås and Köping where they are, by zoom 7', () => {
    const vasteras = town('Västerås')!;
    const koping = town('Köping')!;
    expect(vasteras.geometry.coordinates[0]).toBeCloseTo(16.55, 1);
    expect(vasteras.geometry.coordinates[1]).toBeCloseTo(59.62, 1);
    // Köping's town, not its municipality's centre point 10 km north-west.
    expect(koping.geometry.coordinates[0]).toBeCloseTo(15.99, 2);
    expect(koping.geometry.coordinates[1]).toBeCloseTo(59.51, 2);
    expect(vasteras.properties.minZoom).toBeLessThanOrEqual(5);
    expect(koping.properties.minZoom).toBeLessThanOrEqual(7);
  });

  it('has county borders, and municipality borders at the fine level only', () => {
    expect(data.topology.objects.counties).toBeDefined();
    expect(Boolean(data.topology.objects.municipalities)).toBe(band === 'fine');
  });
});

describe('the offline base map files', () => {
  it('are small: the coarse level is fetched before the first paint of the map', () => {
    expect(statSync(path.join(DIR, 'coarse.json')).size).toBeLessThan(450_000);
    expect(statSync(path.join(DIR, 'fine.json')).size).toBeLessThan(1_000_000);
  });

  it('give the fine level every town of the coarse one, and more', () => {
    const coarse = load('coarse').towns.map((t) => t.properties.name);
    const fine = new Set(load('fine').towns.map((t) => t.properties.name));
    expect(coarse.every((name) => fine.has(name))).toBe(true);
    expect(fine.size).toBeGreaterThan(coarse.length * 3);
  });
});
