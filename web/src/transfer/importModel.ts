import { type Crs, CSRF_HEADER, type FieldError, IMPORT_LIMITS, IMPORT_PATH } from '@flaskhals/shared';
import type { TFunction } from 'i18next';

import { describeError } from '../ui/forms/fieldErrors';

export interface PreviewRow {
  row: number;
  name: string | null;
  kind: string | null;
  geometryType: string | null;
  position: [number, number] | null;
  errors: FieldError[];
}

/** The server's answer to an upload: the preview, and whether it wrote the objects. */
export interface ImportAnswer {
  format: 'geojson' | 'csv';
  crs: Crs;
  crsSource: 'stated' | 'crsMember' | 'ranges';
  total: number;
  valid: number;
  rows: PreviewRow[];
  written: boolean;
  objectIds: string[];
}

export class ImportError extends Error {
  constructor(
    readonly status: number,
    readonly fieldErrors: FieldError[],
    readonly code: string | undefined,
    /** A commit refused for its rows answers the preview that names them. */
    readonly preview: ImportAnswer | null,
  ) {
    super(`Import failed (${status})`);
  }
}

/** Files the picker offers and the server reads. */
export const ACCEPTED_IMPORT_FILES = '.geojson,.json,.csv,.txt,application/geo+json,application/json,text/csv';

export function checkImportFile(file: Pick<File, 'size'>): FieldError | null {
  return file.size > IMPORT_LIMITS.bytesMax
    ? { field: 'file', code: 'fileTooLarge', params: { max: IMPORT_LIMITS.bytesMax / (1024 * 1024) } }
    : null;
}

/**
 * Sends the file to POST /api/imports/objects (a preview, or with `commit` the writing of every
 * row). XMLHttpRequest rather than fetch: it reports the upload's progress.
 */
export function uploadImport(
  request: { arenaId: string; file: File; crs: Crs | ''; commit: boolean },
  onProgress: (fraction: number) => void,
): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('arenaId', request.arenaId);
  if (request.crs) form.append('crs', request.crs);
  if (request.commit) form.append('commit', 'true');
  form.append('file', request.file, request.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', IMPORT_PATH);
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new ImportError(0, [], 'NETWORK', null));
    xhr.onload = () => {
      let body: Partial<ImportAnswer> & { error?: string; fieldErrors?: FieldError[]; preview?: ImportAnswer } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // a proxy's HTML error page: the status tells enough
      }
      if (xhr.status === 200) resolve(body as ImportAnswer);
      else {
        const fieldErrors =
          xhr.status === 413
            ? [{ field: 'file', code: 'fileTooLarge', params: { max: IMPORT_LIMITS.bytesMax / (1024 * 1024) } }]
            : (body.fieldErrors ?? []);
        reject(new ImportError(xhr.status, fieldErrors, body.error, body.preview ?? null));
      }
    };
    xhr.send(form);
  });
}

/** An import's error in the reader's words: this feature's own codes first, then the shared validation texts. */
export function describeImportError(t: TFunction, error: FieldError): string {
  const own = `transfer.errors.${error.code}`;
  return t(own, { ...error.params, defaultValue: describeError(t, error) });
}
