import { EXPORT_CHOICES, exportUrl, filenameOf, objectCounter } from './exportModel';

const filters = { kinds: ['PORT', 'ROAD'], modes: [], statuses: ['CONFIRMED'], categories: [], search: ' Köping ' };
const [csv, csvComma, xlsx, geojson] = EXPORT_CHOICES;

describe('the export address', () => {
  it("carries the map's filters, the extent when asked, and the separator", () => {
    const url = new URL(exportUrl(csv, 'a1', filters, [16, 59, 17, 60]), 'http://x');
    expect(url.pathname).toBe('/api/exports/objects.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      arena: 'a1',
      kinds: 'PORT,ROAD',
      statuses: 'CONFIRMED',
      q: 'Köping',
      bbox: '16,59,17,60',
    });
    expect(new URL(exportUrl(csvComma, 'a1', filters, null), 'http://x').searchParams.get('separator')).toBe('comma');
    expect(exportUrl(xlsx, 'a1', { ...filters, kinds: [], statuses: [], search: '' }, null)).toBe('/api/exports/objects.xlsx?arena=a1');
  });
});

describe('counting objects as they arrive', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('counts CSV records by CRLF, not the header, not a line break inside a cell, also across chunks', () => {
    const count = objectCounter('csv')!;
    expect(count(bytes('\uFEFFNamn;Beskrivning\r\nHamnen;"två\nrader"\r'))).toBe(0);
    expect(count(bytes('\nVägen;en rad\r\n'))).toBe(2);
  });

  it('counts GeoJSON features by their lines; XLSX cannot be counted', () => {
    const count = objectCounter('geojson')!;
    expect(count(bytes('{"type":"FeatureCollection","features":[\n{"type":"Feature"}'))).toBe(1);
    expect(count(bytes(',\n{"type":"Feature"}'))).toBe(2);
    expect(objectCounter(xlsx.format)).toBeNull();
    expect(geojson.format).toBe('geojson');
  });
});

it('takes the file name the server gives', () => {
  expect(filenameOf('attachment; filename="flaskhals-ila-objekt-2026-12-07.csv"', 'x.csv')).toBe('flaskhals-ila-objekt-2026-12-07.csv');
  expect(filenameOf(null, 'objekt.csv')).toBe('objekt.csv');
});
