import {
  ATTACHMENT_TYPES,
  ATTACHMENT_UPLOAD_PATH,
  type AttachmentContentType,
  contentTypeOfName,
  CSRF_HEADER,
  DISCUSSION_LIMITS,
  type FieldError,
} from '@flaskhals/shared';

/** Files the picker offers: the same types the server takes (it checks the content again). */
export const ACCEPTED_FILES = [
  ...Object.keys(ATTACHMENT_TYPES),
  ...Object.values(ATTACHMENT_TYPES)
    .flat()
    .map((e) => `.${e}`),
].join(',');

/**
 * What can be told before uploading: a type the server will not take (by the name and the browser's
 * type; the server decides from the content) or a size over the limit. Null when it may go.
 */
export function checkBeforeUpload(file: Pick<File, 'name' | 'type' | 'size'>): FieldError | null {
  const byName = contentTypeOfName(file.name);
  const declared = file.type in ATTACHMENT_TYPES ? (file.type as AttachmentContentType) : null;
  if (!byName && !declared) return { field: 'file', code: 'fileTypeNotAllowed' };
  if (file.size > DISCUSSION_LIMITS.attachmentBytesMax)
    return { field: 'file', code: 'fileTooLarge', params: { max: DISCUSSION_LIMITS.attachmentBytesMax / (1024 * 1024) } };
  return null;
}

export interface UploadedAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  url: string;
  thumbnailUrl: string | null;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly fieldErrors: FieldError[],
    readonly code: string | undefined,
  ) {
    super(`Upload failed (${status})`);
  }
}

/**
 * Sends one file to POST /api/attachments with the session cookie and the CSRF header. XMLHttpRequest
 * rather than fetch: it reports the upload's progress.
 */
export function uploadAttachment(
  target: { reportId: string } | { commentId: string },
  file: File,
  keepLocation: boolean,
  onProgress: (fraction: number) => void,
): Promise<UploadedAttachment> {
  const form = new FormData();
  for (const [key, value] of Object.entries(target)) form.append(key, value);
  if (keepLocation) form.append('keepLocation', 'true');
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', ATTACHMENT_UPLOAD_PATH);
    request.setRequestHeader(CSRF_HEADER, '1');
    request.withCredentials = true;
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new UploadError(0, [], 'NETWORK'));
    request.onload = () => {
      let body: { error?: string; fieldErrors?: FieldError[] } & Partial<UploadedAttachment> = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // a proxy's HTML error page: the status tells enough
      }
      if (request.status === 201) {
        onProgress(1);
        resolve(body as UploadedAttachment);
      } else {
        const fieldErrors =
          request.status === 413 ? [{ field: 'file', code: 'fileTooLarge', params: { max: 20 } }] : (body.fieldErrors ?? []);
        reject(new UploadError(request.status, fieldErrors, body.error));
      }
    };
    request.send(form);
  });
}

/** "2,4 MB", "312 kB" in the reader's language. */
export function formatBytes(bytes: number, language: string): string {
  const format = (n: number) => new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  return bytes >= 1024 * 1024 ? `${format(bytes / (1024 * 1024))} MB` : `${format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
