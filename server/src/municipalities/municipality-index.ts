import { type BoundingBox, boundingBox, type Geometry, type Position } from '@flaskhals/shared';
import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Geometry as GeoJsonGeometry } from 'geojson';

import shipped from './data/municipalities.json';

/** One of Sweden's 290 municipalities, with its region (län). */
export interface MunicipalityRecord {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

interface IndexedMunicipality extends MunicipalityRecord {
  boundary: GeoJsonGeometry;
  box: BoundingBox;
}

interface ShippedData {
  regions: Record<string, string>;
  municipalities: { code: string; name: string; regionCode: string; geometry: { type: string; coordinates: unknown } }[];
}

/**
 * Sweden's municipality boundaries (data/municipalities.json, written by
 * scripts/generate-municipalities.cjs), read once when the server starts, each with its bbox.
 * A look-up compares boxes with the 290 boxes (a few hundred comparisons, cheaper than building a
 * tree for so few) and tests only the overlapping ones exactly with turf.
 */
class MunicipalityIndex {
  private readonly all: IndexedMunicipality[];
  private readonly byCode: Map<string, IndexedMunicipality>;

  constructor(data: ShippedData) {
    this.all = data.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      regionCode: m.regionCode,
      regionName: data.regions[m.regionCode],
      boundary: m.geometry as GeoJsonGeometry,
      box: boundingBox(m.geometry as Geometry),
    }));
    this.byCode = new Map(this.all.map((m) => [m.code, m]));
  }

  /** Every municipality by name (Swedish order), for pickers. */
  list(): MunicipalityRecord[] {
    return this.all.map(record).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  find(code: string): MunicipalityRecord | null {
    const found = this.byCode.get(code);
    return found ? record(found) : null;
  }

  /**
   * The municipalities a geometry touches (a line through several gets each), ordered by code.
   * Lines and area outlines are tested in pieces of a few dozen positions, each against the
   * municipalities its own box overlaps (testing a 10,000-position line across Sweden whole against
   * every municipality in its box took 45 s, measured; in pieces and thinned, below 0.2 s).
   */
  touching(geometry: Geometry): MunicipalityRecord[] {
    const whole = boundingBox(geometry);
    const candidates = this.all.filter((m) => overlaps(whole, m.box));
    const found = new Set<IndexedMunicipality>();
    const test = (piece: GeoJsonGeometry, box: BoundingBox) => {
      for (const m of candidates) if (!found.has(m) && overlaps(box, m.box) && booleanIntersects(piece, m.boundary)) found.add(m);
    };
    for (const part of partsOf(geometry)) {
      if (part.type === 'Point') test(part, boundingBox(part as Geometry));
      else for (const line of part.type === 'LineString' ? [part.coordinates] : part.coordinates) forEachPiece(thinned(line), test);
      // A municipality wholly inside an area crosses none of its outline.
      if (part.type === 'Polygon') {
        for (const m of candidates) if (!found.has(m) && booleanPointInPolygon(firstPosition(m.boundary), part)) found.add(m);
      }
    }
    return this.all.filter((m) => found.has(m)).map(record);
  }
}

/** Positions per piece of a line tested at once. */
const PIECE_POSITIONS = 32;

/**
 * The most positions of one line or ring a look-up follows: a longer one is followed through every
 * n-th position. The boundaries are simplified to a few hundred metres already, so a detailed line
 * thinned to this many positions finds the same municipalities except right at a border, and a
 * look-up stays within milliseconds (a report is a hot path).
 */
const MAX_LOOKUP_POSITIONS = 1000;

function thinned(line: Position[]): Position[] {
  if (line.length <= MAX_LOOKUP_POSITIONS) return line;
  const step = Math.ceil(line.length / MAX_LOOKUP_POSITIONS);
  return line.filter((_, i) => i % step === 0 || i === line.length - 1);
}

type Part =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] };

/** A geometry as points, lines and polygons (the Multi forms split). */
function partsOf(geometry: Geometry): Part[] {
  const c = geometry.coordinates as never;
  switch (geometry.type) {
    case 'MultiPoint':
      return (c as Position[]).map((p) => ({ type: 'Point', coordinates: p }));
    case 'MultiLineString':
      return (c as Position[][]).map((l) => ({ type: 'LineString', coordinates: l }));
    case 'MultiPolygon':
      return (c as Position[][][]).map((r) => ({ type: 'Polygon', coordinates: r }));
    default:
      return [{ type: geometry.type, coordinates: c } as Part];
  }
}

/** Calls back with consecutive pieces of a line (sharing their end positions) and each piece's box. */
function forEachPiece(line: Position[], test: (piece: GeoJsonGeometry, box: BoundingBox) => void): void {
  for (let start = 0; start < line.length - 1 || start === 0; start += PIECE_POSITIONS - 1) {
    const positions = line.slice(start, start + PIECE_POSITIONS);
    const piece = (
      positions.length > 1 ? { type: 'LineString', coordinates: positions } : { type: 'Point', coordinates: positions[0] }
    ) as Geometry;
    test(piece as unknown as GeoJsonGeometry, boundingBox(piece));
  }
}

function firstPosition(boundary: GeoJsonGeometry): Position {
  const c = (boundary as { coordinates: unknown }).coordinates;
  return (boundary.type === 'Polygon' ? (c as Position[][])[0][0] : (c as Position[][][])[0][0][0]) as Position;
}

function overlaps(a: BoundingBox, b: BoundingBox): boolean {
  return a.minLng <= b.maxLng && b.minLng <= a.maxLng && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
}

function record({ code, name, regionCode, regionName }: IndexedMunicipality): MunicipalityRecord {
  return { code, name, regionCode, regionName };
}

export const municipalityIndex = new MunicipalityIndex(shipped as ShippedData);

/** The longest the object's municipality text may be (its column). */
const MUNICIPALITY_TEXT_MAX = 200;

/** How a list of municipalities reads on an object: "Västerås, Köping" (cut to fit its column). */
export function municipalityText(names: string[]): string | null {
  if (!names.length) return null;
  const text = names.join(', ');
  return text.length <= MUNICIPALITY_TEXT_MAX ? text : `${text.slice(0, MUNICIPALITY_TEXT_MAX - 1)}…`;
}
