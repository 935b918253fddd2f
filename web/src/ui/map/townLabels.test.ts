import { type MapLabel, placeLabels } from './townLabels';

const town = (name: string, x: number, y: number, population: number, minZoom = 5): MapLabel & { x: number; y: number } => ({
  kind: 'town',
  name,
  lat: 0,
  lng: 0,
  minZoom,
  priority: population,
  population,
  x,
  y,
});

const at = (label: MapLabel) => label as MapLabel & { x: number; y: number };

describe('placeLabels', () => {
  it('writes the bigger town where two names would overlap, and both where they fit', () => {
    const labels = [town('Köping', 100, 100, 18_000), town('Västerås', 110, 102, 117_000), town('Arboga', 100, 300, 10_000)];
    const placed = placeLabels(labels, 9, (l) => at(l));
    expect(placed.map((p) => p.label.name)).toEqual(['Västerås', 'Köping', 'Arboga']);
    // Köping's name is moved to the left of its dot instead of being dropped.
    expect(placed.find((p) => p.label.name === 'Köping')!.flipped).toBe(true);
  });

  it('drops a name that overlaps on both sides, and leaves out towns before their zoom or out of view', () => {
    const labels = [
      town('Stockholm', 100, 100, 1_500_000),
      town('Solna', 105, 101, 70_000),
      town('Sigtuna', 400, 400, 9_000, 9),
      town('Luleå', 5_000, 100, 48_000),
    ];
    const placed = placeLabels(labels, 8, (l) => (at(l).x > 1_000 ? null : at(l)));
    expect(placed.map((p) => p.label.name)).toEqual(['Stockholm']);
  });
});
