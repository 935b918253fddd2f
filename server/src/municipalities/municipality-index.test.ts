import { municipalityIndex, municipalityText } from './municipality-index';

const names = (geometry: unknown) => municipalityIndex.touching(geometry as never).map((m) => m.name);

describe("Sweden's municipalities from a position", () => {
  it('finds the municipality of a point, and none outside Sweden', () => {
    expect(names({ type: 'Point', coordinates: [16.5448, 59.6099] })).toEqual(['Västerås']);
    expect(names({ type: 'Point', coordinates: [10.75, 59.91] })).toEqual([]); // Oslo
  });

  it('gives a line every municipality it crosses', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [16.5448, 59.6099],
        [15.99, 59.51],
      ],
    };
    expect(names(line)).toEqual(['Hallstahammar', 'Västerås', 'Köping']);
  });

  it('gives an area the municipalities wholly inside it too, not only those its outline crosses', () => {
    const aroundVastmanland = {
      type: 'Polygon',
      coordinates: [
        [
          [15.3, 59.1],
          [17.3, 59.1],
          [17.3, 60.3],
          [15.3, 60.3],
          [15.3, 59.1],
        ],
      ],
    };
    expect(names(aroundVastmanland)).toEqual(expect.arrayContaining(['Västerås', 'Köping', 'Hallstahammar', 'Surahammar', 'Arboga']));
  });

  it('answers a 10,000-position line across Sweden quickly (it took 45 s tested whole)', () => {
    const coordinates = Array.from({ length: 10_000 }, (_, i) => [13 + (i / 10_000) * 7 + Math.sin(i) * 0.01, 55.6 + (i / 10_000) * 12]);
    const started = Date.now();
    expect(names({ type: 'LineString', coordinates }).length).toBeGreaterThan(30);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('lists the 290 in Swedish order with their regions, and writes a list as text that fits its column', () => {
    const all = municipalityIndex.list();
    expect(all).toHaveLength(290);
    expect(all.at(-1)!.name).toBe('Övertorneå');
    expect(municipalityIndex.find('1980')).toEqual({ code: '1980', name: 'Västerås', regionCode: '19', regionName: 'Västmanland' });
    expect(municipalityText(['Västerås', 'Köping'])).toBe('Västerås, Köping');
    expect(municipalityText(all.map((m) => m.name))!.length).toBe(200);
    expect(municipalityText([])).toBeNull();
  });
});
