import { Transform, type Writable } from 'node:stream';

import { LIST_SEPARATOR, OBJECT_COLUMNS, type ObjectColumnKey } from '@flaskhals/shared';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

import type { ExportRow } from './transfer.repository';

/** A spreadsheet cell holds at most 32,767 characters: a longer geometry is left out of CSV and XLSX (GeoJSON carries it). */
const CELL_CHARACTERS_MAX = 32_000;

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-12-07 22:39", Swedish time: what Excel in Sweden reads as a date and time. */
export function stockholmTime(at: Date): string {
  return STOCKHOLM_TIME.format(at);
}

const SWEDISH_ORDER = new Intl.Collator('sv');

/** Organization names in Swedish alphabetical order (å, ä, ö after z). */
function namesInOrder(names: string[] | null): string[] {
  return names ? [...names].sort(SWEDISH_ORDER.compare) : [];
}

/** The link that opens an object on the arena's map. */
export type LinkOf = (row: ExportRow) => string;

/** An export row's values by column key, as GeoJSON properties hold them (lists as arrays). */
export function propertiesOf(row: ExportRow, linkOf: LinkOf): Omit<Record<ObjectColumnKey, unknown>, 'geometry' | 'lon' | 'lat'> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    modes: row.modes,
    status: row.status,
    planningStage: row.planning_stage,
    municipality: row.municipality,
    externalRefs: row.external_refs,
    responsibleBody: row.responsible_body,
    description: row.description,
    organizations: namesInOrder(row.organizations),
    delayHoursPerWeek: row.delay_hours_per_week,
    extraCostSekPerYear: row.extra_cost_sek_per_year,
    freightTonnesPerYear: row.freight_tonnes_per_year,
    reportCount: row.reports,
    lastActivity: row.last_activity.toISOString(),
    link: linkOf(row),
  };
}

/** A row as the cells of a spreadsheet, in OBJECT_COLUMNS order: lists joined, time as a Date, text with Windows line breaks made plain. */
function cellsOf(row: ExportRow, linkOf: LinkOf): unknown[] {
  const properties: Record<string, unknown> = propertiesOf(row, linkOf);
  const values: Record<string, unknown> = {
    ...properties,
    modes: row.modes.join(LIST_SEPARATOR),
    externalRefs: row.external_refs.join(LIST_SEPARATOR),
    organizations: namesInOrder(row.organizations).join(LIST_SEPARATOR),
    description: row.description?.replace(/\r\n?/g, '\n') ?? null,
    lastActivity: row.last_activity,
    lon: round(row.lon, 7),
    lat: round(row.lat, 7),
    geometry: row.geometry.length <= CELL_CHARACTERS_MAX ? row.geometry : '',
  };
  return OBJECT_COLUMNS.map((c) => values[c.key] ?? '');
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Rows → cells → CSV text (two stages of a pipeline). For Swedish Excel (the default): UTF-8 with a byte order mark, semicolons,
 * decimal commas. `comma` gives comma-separated values with decimal points for other tools.
 * Cells starting with = + - @ get a leading apostrophe so a spreadsheet never runs them as
 * formulas. Records end with CRLF and line breaks inside a cell are plain LF, so the web can count
 * rows as they arrive.
 */
export function csvStages(linkOf: LinkOf, separator: 'semicolon' | 'comma'): [Transform, Transform] {
  const decimalComma = separator === 'semicolon';
  const toCells = new Transform({
    objectMode: true,
    transform(row: ExportRow, _encoding, done) {
      done(null, cellsOf(row, linkOf));
    },
  });
  const csv = stringify({
    bom: true,
    delimiter: decimalComma ? ';' : ',',
    record_delimiter: '\r\n',
    escape_formulas: true,
    header: true,
    columns: OBJECT_COLUMNS.map((c) => c.header),
    cast: {
      number: (n) => (decimalComma ? String(n).replace('.', ',') : String(n)),
      date: (d) => stockholmTime(d),
    },
  });
  return [toCells, csv];
}

/** Rewinds a ring to the wanted orientation (RFC 7946: exteriors counterclockwise, holes clockwise). */
function wound(ring: number[][], counterclockwise: boolean): number[][] {
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++) area += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return area > 0 === counterclockwise ? ring : [...ring].reverse();
}

const rewindPolygon = (rings: number[][][]) => rings.map((ring, i) => wound(ring, i === 0));

/** A geometry's JSON text as RFC 7946 wants it: polygons follow the right-hand rule; others as stored. */
export function rfc7946Geometry(row: Pick<ExportRow, 'geometry' | 'geometry_type'>): string {
  if (row.geometry_type !== 'Polygon' && row.geometry_type !== 'MultiPolygon') return row.geometry;
  const geometry = JSON.parse(row.geometry) as { type: string; coordinates: unknown };
  const coordinates =
    geometry.type === 'Polygon'
      ? rewindPolygon(geometry.coordinates as number[][][])
      : (geometry.coordinates as number[][][][]).map(rewindPolygon);
  return JSON.stringify({ type: geometry.type, coordinates });
}

/**
 * Rows → a GeoJSON FeatureCollection (RFC 7946: WGS84 longitude/latitude, no crs member), one
 * feature per line so the web can count them as they arrive.
 */
export function geojsonTransform(linkOf: LinkOf): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(row: ExportRow, _encoding, done) {
      const feature = `{"type":"Feature","id":${JSON.stringify(row.id)},"geometry":${rfc7946Geometry(row)},"properties":${JSON.stringify(propertiesOf(row, linkOf))}}`;
      const head = first ? '{"type":"FeatureCollection","features":[\n' : ',\n';
      first = false;
      done(null, head + feature);
    },
    flush(done) {
      done(null, first ? '{"type":"FeatureCollection","features":[]}\n' : '\n]}\n');
    },
  });
}

const NUMBER_FORMATS: Partial<Record<ObjectColumnKey, string>> = {
  delayHoursPerWeek: '0.0',
  extraCostSekPerYear: '#,##0',
  freightTonnesPerYear: '#,##0',
  lastActivity: 'yyyy-mm-dd hh:mm',
};

/**
 * Rows → an XLSX workbook written as the rows come (exceljs' streaming writer: rows are committed
 * and leave memory at once). Numbers stay numbers, the time a date, the link a hyperlink.
 */
export async function writeXlsx(rows: AsyncIterable<ExportRow>, out: Writable, linkOf: LinkOf, sheetName: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[[\]*?:/\\]/g, ' '), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = OBJECT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'name' || c.key === 'description' || c.key === 'link' ? 40 : 16,
    style: NUMBER_FORMATS[c.key] ? { numFmt: NUMBER_FORMATS[c.key] } : {},
  }));
  const linkColumn = OBJECT_COLUMNS.findIndex((c) => c.key === 'link');
  for await (const row of rows) {
    const cells = cellsOf(row, linkOf);
    const link = String(cells[linkColumn]);
    cells[linkColumn] = { text: link, hyperlink: link };
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await workbook.commit();
}
