/**
 * Objects out and in: the columns of an export (CSV, XLSX, GeoJSON properties), which of them an
 * import reads, and how the coordinate system of an imported file is recognised. The server
 * writes and reads files by these rules; the web names the same formats and limits.
 */
import { z } from 'zod';

import { OBJECT_STATUSES, PLANNING_STAGES, SYSTEM_STATUSES } from './workflow';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the exports are served: `${EXPORT_PATH}/objects.csv?arena=…&kinds=…` (and .xlsx, .geojson). */
export const EXPORT_PATH = '/api/exports';
/** The answer's header carrying how many objects the export will hold, sent before the first row. */
export const EXPORT_TOTAL_HEADER = 'x-total-count';
/** Where an import is uploaded (multipart/form-data). */
export const IMPORT_PATH = '/api/imports/objects';

export const IMPORT_LIMITS = {
  /** A file of 50,000 point objects with descriptions is ~15 MB as GeoJSON. */
  bytesMax: 30 * 1024 * 1024,
  rowsMax: 50_000,
} as const;

/**
 * The columns of an export, in order: `key` is the GeoJSON property and the machine name an import
 * also accepts; `header` the Swedish column title of CSV and XLSX. `imported` marks what an import
 * reads back (the rest is derived by Flaskhals: totals, municipality, activity, link).
 */
export const OBJECT_COLUMNS = [
  { key: 'id', header: 'ID', imported: false },
  { key: 'name', header: 'Namn', imported: true },
  { key: 'kind', header: 'Typ', imported: true },
  { key: 'modes', header: 'Trafikslag', imported: true },
  { key: 'status', header: 'Status', imported: true },
  { key: 'planningStage', header: 'Planeringsläge', imported: true },
  { key: 'municipality', header: 'Kommun', imported: true },
  { key: 'externalRefs', header: 'Referenser', imported: true },
  { key: 'responsibleBody', header: 'Ansvarig', imported: true },
  { key: 'description', header: 'Beskrivning', imported: true },
  { key: 'organizations', header: 'Organisationer', imported: false },
  { key: 'delayHoursPerWeek', header: 'Timmar per vecka', imported: false },
  { key: 'extraCostSekPerYear', header: 'SEK per år', imported: false },
  { key: 'freightTonnesPerYear', header: 'Ton per år', imported: false },
  { key: 'reportCount', header: 'Rapporter', imported: false },
  { key: 'lastActivity', header: 'Senaste aktivitet', imported: false },
  { key: 'link', header: 'Länk', imported: false },
  { key: 'lon', header: 'Lon', imported: true },
  { key: 'lat', header: 'Lat', imported: true },
  { key: 'geometry', header: 'Geometri', imported: true },
] as const;
export type ObjectColumnKey = (typeof OBJECT_COLUMNS)[number]['key'];

/** Lists in one cell (modes, references, organizations) are joined with this; an import also splits modes on commas. */
export const LIST_SEPARATOR = ' | ';

/** Other names an import accepts for a column (lower case): x/y and E/N for the point columns. */
const COLUMN_ALIASES: Record<string, ObjectColumnKey> = {
  x: 'lon',
  e: 'lon',
  lng: 'lon',
  longitude: 'lon',
  öst: 'lon',
  y: 'lat',
  n: 'lat',
  latitude: 'lat',
  nord: 'lat',
  referens: 'externalRefs',
  references: 'externalRefs',
};

/** The column an import reads under a header (key, Swedish header or alias, any case), or null when it ignores it. */
export function importColumnOf(header: string): ObjectColumnKey | null {
  const wanted = header.trim().toLowerCase();
  const column = OBJECT_COLUMNS.find((c) => c.key.toLowerCase() === wanted || c.header.toLowerCase() === wanted);
  const key = column?.key ?? COLUMN_ALIASES[wanted] ?? null;
  return key && OBJECT_COLUMNS.find((c) => c.key === key)!.imported ? key : null;
}

export const CRS_CHOICES = ['EPSG:4326', 'EPSG:3006'] as const;
export type Crs = (typeof CRS_CHOICES)[number];

/** How the coordinate system of a file was decided. */
export type CrsSource = 'stated' | 'crsMember' | 'ranges';

/** SWEREF 99 TM's easting and northing over Sweden (with a margin): a file whose every position is inside is in EPSG:3006. */
export const SWEREF99TM_RANGES = { eastingMin: 260_000, eastingMax: 920_000, northingMin: 6_100_000, northingMax: 7_700_000 } as const;

/** EPSG:3006 named in a legacy GeoJSON `crs` member ("urn:ogc:def:crs:EPSG::3006", "EPSG:3006"); CRS84/4326 as WGS84. */
export function crsOfName(name: string | null | undefined): Crs | null {
  if (!name) return null;
  const code = /EPSG:(?:[\d.]*:)?(\d+)$/i.exec(name.trim())?.[1];
  if (code === '3006') return 'EPSG:3006';
  if (code === '4326' || /CRS84$/i.test(name.trim())) return 'EPSG:4326';
  return null;
}

/**
 * The coordinate system of positions [x, y] with no name for it: SWEREF 99 TM when every one lies in
 * its Swedish ranges, WGS84 when every one is a longitude and a latitude, else null (the user says).
 */
export function crsOfPositions(positions: Iterable<readonly number[]>): Crs | null {
  let sweref = true;
  let wgs84 = true;
  let any = false;
  const r = SWEREF99TM_RANGES;
  for (const [x, y] of positions) {
    any = true;
    sweref &&= x >= r.eastingMin && x <= r.eastingMax && y >= r.northingMin && y <= r.northingMax;
    wgs84 &&= x >= -180 && x <= 180 && y >= -90 && y <= 90;
    if (!sweref && !wgs84) return null;
  }
  if (!any) return 'EPSG:4326';
  return sweref ? 'EPSG:3006' : wgs84 ? 'EPSG:4326' : null;
}

/** What an import may set beyond a new object's fields: an active status (not INACTIVE or DUPLICATE) and a planning stage. */
export const importedObjectStateSchema = z.object({
  status: z
    .enum(OBJECT_STATUSES, { error: 'invalidOption' })
    .refine((s) => !SYSTEM_STATUSES.includes(s), { error: 'invalidOption' })
    .nullish()
    .transform((v) => v ?? 'REPORTED'),
  planningStage: z
    .enum(PLANNING_STAGES, { error: 'invalidOption' })
    .nullish()
    .transform((v) => v ?? 'NONE'),
});
