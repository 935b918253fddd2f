import { EXPORT_PATH, EXPORT_TOTAL_HEADER, type ExportFormat } from '@flaskhals/shared';

/** The map's filters an export follows (structurally the objects feature's ObjectFilters). */
export interface ExportFilters {
  kinds: readonly string[];
  modes: readonly string[];
  statuses: readonly string[];
  categories: readonly string[];
  search: string;
}

/** What the menu offers: a file format, and for CSV the separator. */
export const EXPORT_CHOICES = [
  { id: 'csv', format: 'csv', separator: 'semicolon' },
  { id: 'csvComma', format: 'csv', separator: 'comma' },
  { id: 'xlsx', format: 'xlsx', separator: null },
  { id: 'geojson', format: 'geojson', separator: null },
] as const satisfies readonly { id: string; format: ExportFormat; separator: 'semicolon' | 'comma' | null }[];
export type ExportChoice = (typeof EXPORT_CHOICES)[number];

/** The export's address: the map's URL filters as the server reads them, and the map's extent when asked. */
export function exportUrl(choice: ExportChoice, arenaId: string, filters: ExportFilters, bbox: readonly number[] | null): string {
  const params = new URLSearchParams({ arena: arenaId });
  const list = (key: string, values: readonly string[]) => values.length && params.set(key, values.join(','));
  list('kinds', filters.kinds);
  list('modes', filters.modes);
  list('statuses', filters.statuses);
  list('categories', filters.categories);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (bbox) params.set('bbox', bbox.join(','));
  if (choice.separator === 'comma') params.set('separator', 'comma');
  return `${EXPORT_PATH}/objects.${choice.format}?${params.toString()}`;
}

/**
 * Counts the objects of an export as its bytes arrive: CSV records end with CRLF (line breaks
 * inside a cell are a plain LF) after one header record; GeoJSON puts each feature on a line of its
 * own after the opening line. XLSX is compressed: null, the caller shows bytes instead.
 */
export function objectCounter(format: ExportFormat): ((chunk: Uint8Array) => number) | null {
  if (format === 'xlsx') return null;
  let ends = 0;
  let lastByte = -1;
  return (chunk) => {
    for (const byte of chunk) {
      if (byte === 0x0a && (format === 'geojson' || lastByte === 0x0d)) ends++;
      lastByte = byte;
    }
    // CSV: the header's end is no object; GeoJSON: a feature begins after each line end.
    return format === 'csv' ? Math.max(0, ends - 1) : ends;
  };
}

/** The file name the server gave in Content-Disposition, or a fallback. */
export function filenameOf(contentDisposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(contentDisposition ?? '')?.[1] ?? fallback;
}

export interface ExportProgress {
  /** Objects received so far, when the format can be counted. */
  objects: number | null;
  total: number | null;
  bytes: number;
}

/**
 * Fetches an export with the session cookie, reporting progress as it streams, and hands the
 * browser the finished file to save.
 */
export async function downloadExport(url: string, format: ExportFormat, onProgress: (p: ExportProgress) => void, signal?: AbortSignal) {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok || !response.body) throw new Error(`Export failed (${response.status})`);
  const totalHeader = response.headers.get(EXPORT_TOTAL_HEADER);
  const total = totalHeader === null ? null : Number(totalHeader);
  const count = objectCounter(format);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let objects: number | null = count ? 0 : null;
  onProgress({ objects, total, bytes });
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.length;
    if (count) objects = Math.min(count(value), total ?? Infinity);
    onProgress({ objects, total, bytes });
  }
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? 'application/octet-stream' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filenameOf(response.headers.get('content-disposition'), `objekt.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return { total, bytes };
}
