import { type BoundingBox, boundingBox, type Geometry } from '@flaskhals/shared';
import booleanIntersects from '@turf/boolean-intersects';
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
 * A look-up compares the geometry's bbox with the 290 boxes (a few hundred comparisons, cheaper
 * than building a tree for so few) and tests only the overlapping ones exactly with turf.
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

  /** The municipalities a geometry touches (a line through several gets each), ordered by code. */
  touching(geometry: Geometry): MunicipalityRecord[] {
    const box = boundingBox(geometry);
    const shape = geometry as unknown as GeoJsonGeometry;
    return this.all.filter((m) => overlaps(box, m.box) && booleanIntersects(shape, m.boundary)).map(record);
  }
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
