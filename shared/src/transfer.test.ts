import { crsOfName, crsOfPositions, importColumnOf, importedObjectStateSchema } from './transfer';
import { validate } from './validation';

describe('the coordinate system of an imported file', () => {
  it('is named by a legacy crs member in any of its spellings', () => {
    expect(crsOfName('urn:ogc:def:crs:EPSG::3006')).toBe('EPSG:3006');
    expect(crsOfName('EPSG:3006')).toBe('EPSG:3006');
    expect(crsOfName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(crsOfName('urn:ogc:def:crs:EPSG::3021')).toBeNull();
    expect(crsOfName(null)).toBeNull();
  });

  it("is SWEREF 99 TM when every position lies in Sweden's grid, WGS84 when every one is a longitude and latitude, else unknown", () => {
    expect(crsOfPositions([[587172.6, 6608981.7]])).toBe('EPSG:3006');
    expect(crsOfPositions([[16.5448, 59.6099]])).toBe('EPSG:4326');
    expect(
      crsOfPositions([
        [16.5448, 59.6099],
        [587172.6, 6608981.7],
      ]),
    ).toBeNull();
    expect(crsOfPositions([[1000, 2000]])).toBeNull();
  });
});

describe('the columns an import reads', () => {
  it('are found by key, Swedish header or alias, in any case; derived columns are ignored', () => {
    expect(importColumnOf('Namn')).toBe('name');
    expect(importColumnOf('planeringsläge')).toBe('planningStage');
    expect(importColumnOf('X')).toBe('lon');
    expect(importColumnOf('N')).toBe('lat');
    expect(importColumnOf('externalRefs')).toBe('externalRefs');
    expect(importColumnOf('SEK per år')).toBeNull();
    expect(importColumnOf('Färg')).toBeNull();
  });

  it('take an active status and a planning stage, by default REPORTED and NONE; never a status only Flaskhals sets', () => {
    expect(validate(importedObjectStateSchema, {})).toEqual({ ok: true, value: { status: 'REPORTED', planningStage: 'NONE' } });
    expect(validate(importedObjectStateSchema, { status: 'DUPLICATE' })).toMatchObject({
      ok: false,
      errors: [{ field: 'status', code: 'invalidOption' }],
    });
  });
});
