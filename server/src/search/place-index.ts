import shipped from './data/places.json';

export type PlaceKind = 'TOWN' | 'MUNICIPALITY';

export interface PlaceRecord {
  kind: PlaceKind;
  name: string;
  /** The region (län); for a municipality's code see `code`. */
  region: string | null;
  code: string | null;
  center: number[];
  /** [minLng, minLat, maxLng, maxLat]: what the map fits when the place is chosen. */
  bbox: number[];
}

interface ShippedPlaces {
  towns: { name: string; region: string | null; population: number; center: number[]; bbox: number[] }[];
  municipalities: { code: string; name: string; region: string; center: number[]; bbox: number[] }[];
}

/** Lower case without diacritics: "Köping" and "koping" read the same. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Sweden's towns and municipalities (data/places.json, written by scripts/generate-places.cjs), in
 * memory: a few hundred names, so a scan per query costs microseconds and needs no database — the
 * place search works offline and for visitors alike. Exact names first, then names that begin with
 * the text, then names with a word that does, then names that contain it; towns before
 * municipalities of the same name (a town's box is the closer view), larger towns first.
 */
class PlaceIndex {
  private readonly places: (PlaceRecord & { key: string; words: string[]; order: number })[];

  constructor(data: ShippedPlaces) {
    const towns = data.towns.map((t, i) => ({
      kind: 'TOWN' as const,
      name: t.name,
      region: t.region,
      code: null,
      center: t.center,
      bbox: t.bbox,
      order: i,
    }));
    const municipalities = data.municipalities
      .map((m) => ({ kind: 'MUNICIPALITY' as const, name: m.name, region: m.region, code: m.code, center: m.center, bbox: m.bbox }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((m, i) => ({ ...m, order: towns.length + i }));
    this.places = [...towns, ...municipalities].map((p) => ({ ...p, key: folded(p.name), words: folded(p.name).split(/[\s-]+/) }));
  }

  search(text: string, limit: number): PlaceRecord[] {
    const wanted = folded(text);
    if (!wanted) return [];
    const rankOf = (p: { key: string; words: string[] }): number => {
      if (p.key === wanted) return 0;
      if (p.key.startsWith(wanted)) return 1;
      if (p.words.some((w) => w.startsWith(wanted))) return 2;
      return p.key.includes(wanted) ? 3 : -1;
    };
    return this.places
      .map((p) => ({ p, rank: rankOf(p) }))
      .filter((x) => x.rank >= 0)
      .sort((a, b) => a.rank - b.rank || a.p.order - b.p.order)
      .slice(0, limit)
      .map(({ p: { kind, name, region, code, center, bbox } }) => ({ kind, name, region, code, center, bbox }));
  }
}

export const placeIndex = new PlaceIndex(shipped as ShippedPlaces);
