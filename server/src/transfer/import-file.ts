import { importColumnOf, LIST_SEPARATOR, type ObjectColumnKey } from '@flaskhals/shared';
import { parse } from 'csv-parse/sync';

import { badInput } from '../common/graphql/errors';

/**
 * One row of an imported file as read, before validation: the object's fields as the file gives
 * them (codes upper-cased, lists split, numbers read with a decimal comma or point), and its
 * geometry in the file's coordinates.
 */
export interface ImportedRow {
  /** The row a person finds it at: the spreadsheet row for CSV (the header is row 1), the feature's number (from 1) for GeoJSON. */
  row: number;
  fields: Record<string, unknown>;
  /** A GeoJSON geometry, in the file's coordinate system; null when the row has none. */
  geometry: unknown;
  /** What could not be read at all (a coordinate that is not a number). */
  errors: { field: string; code: string }[];
}

export interface ImportedFile {
  format: 'geojson' | 'csv';
  /** The name of a legacy GeoJSON `crs` member, if the file has one. */
  crsName: string | null;
  rows: ImportedRow[];
}

const notReadable = (reason: string) => badInput('file', 'fileNotReadable', { reason });

/** Text fields as the object wants them: codes upper-cased, lists split on the list separator (modes also on commas). */
function field(key: ObjectColumnKey, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    // Undo the apostrophe an export puts before a cell that a spreadsheet would take for a formula.
    const text = /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
    if (key === 'kind' || key === 'status' || key === 'planningStage') return text.trim().toUpperCase();
    if (key === 'modes') return splitList(text, /[|,]/).map((m) => m.toUpperCase());
    if (key === 'externalRefs') return splitList(text, LIST_SEPARATOR.trim());
    return text;
  }
  if (Array.isArray(value) && key === 'modes') return value.map((m) => (typeof m === 'string' ? m.trim().toUpperCase() : m));
  return value;
}

function splitList(text: string, separator: string | RegExp): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A coordinate cell: "16,5448", "16.5448" or "6 608 981,7" (spaces as thousands separators). */
export function readNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/** Reads an uploaded file as GeoJSON (by its name or its first character) or as CSV. */
export function readImportFile(bytes: Buffer, filename: string): ImportedFile {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const byName = /\.(geo)?json$/i.test(filename) ? 'geojson' : /\.(csv|txt)$/i.test(filename) ? 'csv' : null;
  const format = byName ?? (text.trimStart().startsWith('{') ? 'geojson' : 'csv');
  return format === 'geojson' ? readGeojson(text) : readCsv(text);
}

function readGeojson(text: string): ImportedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw notReadable(error instanceof Error ? error.message : 'JSON');
  }
  const collection = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) throw notReadable('not a FeatureCollection');
  const crsName = typeof collection.crs?.properties?.name === 'string' ? collection.crs.properties.name : null;
  const rows = (collection.features as unknown[]).map((feature, i): ImportedRow => {
    const { properties, geometry } = (feature ?? {}) as { properties?: Record<string, unknown> | null; geometry?: unknown };
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(properties ?? {})) {
      const key = importColumnOf(name);
      if (key && key !== 'geometry' && key !== 'lon' && key !== 'lat') fields[key] = field(key, value);
    }
    return { row: i + 1, fields, geometry: geometry ?? null, errors: [] };
  });
  return { format: 'geojson', crsName, rows };
}

/** The separator of a CSV: the one of semicolon, comma and tab found most often in its header line. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return [';', ',', '\t'].map((d) => [d, header.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
}

function readCsv(text: string): ImportedFile {
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw notReadable(error instanceof Error ? error.message : 'CSV');
  }
  if (records.length === 0) throw notReadable('empty');
  const columns = records[0].map(importColumnOf);
  if (!columns.includes('name')) throw notReadable('no name column');
  const rows = records.slice(1).map((record, i): ImportedRow => {
    const fields: Record<string, unknown> = {};
    const cells: Partial<Record<ObjectColumnKey, string>> = {};
    columns.forEach((key, c) => {
      if (key) cells[key] = record[c] ?? '';
    });
    for (const [key, value] of Object.entries(cells) as [ObjectColumnKey, string][]) {
      if (key !== 'geometry' && key !== 'lon' && key !== 'lat') fields[key] = field(key, value);
    }
    const errors: ImportedRow['errors'] = [];
    let geometry: unknown = null;
    if (cells.geometry) {
      try {
        geometry = JSON.parse(cells.geometry);
      } catch {
        errors.push({ field: 'geometry', code: 'invalidType' });
      }
    } else if (cells.lon || cells.lat) {
      const x = readNumber(cells.lon ?? '');
      const y = readNumber(cells.lat ?? '');
      if (x === null) errors.push({ field: 'lon', code: 'notANumber' });
      if (y === null) errors.push({ field: 'lat', code: 'notANumber' });
      if (x !== null && y !== null) geometry = { type: 'Point', coordinates: [x, y] };
    }
    // Row 1 is the header: the first object is on the spreadsheet's row 2.
    return { row: i + 2, fields, geometry, errors };
  });
  return { format: 'csv', crsName: null, rows };
}
