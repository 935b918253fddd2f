import { ATTACHMENT_TYPES, type AttachmentContentType, contentTypeOfName, DISCUSSION_LIMITS } from '@flaskhals/shared';
import sharp from 'sharp';

/** The type of a file read from its first bytes (its "magic number"), never from its name or the declared type. */
export function detectContentType(bytes: Buffer): AttachmentContentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

export type FileCheck =
  | { ok: true; contentType: AttachmentContentType }
  | { ok: false; code: 'fileTypeNotAllowed' | 'fileNameMismatch'; params?: Record<string, unknown> };

/**
 * An upload is taken when its content is one of the allowed types and its name, if it has an
 * extension of one of them, says the same: a PDF named "foto.jpg" is refused, since whoever opens it
 * from a download folder would be misled.
 */
export function checkFile(filename: string, bytes: Buffer): FileCheck {
  const contentType = detectContentType(bytes);
  if (!contentType) return { ok: false, code: 'fileTypeNotAllowed' };
  const named = contentTypeOfName(filename);
  if (named && named !== contentType) return { ok: false, code: 'fileNameMismatch', params: { detected: contentType } };
  return { ok: true, contentType };
}

/** The name as stored and offered back: no folders, no control characters, at most 200 characters, with an extension of its type. */
export function storedFilename(original: string, contentType: AttachmentContentType): string {
  const base = (original.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(-DISCUSSION_LIMITS.filenameMax);
  const extensions: readonly string[] = ATTACHMENT_TYPES[contentType];
  const hasExtension = extensions.includes(/\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase() ?? '');
  const name = base || 'bilaga';
  return hasExtension ? name : `${name.slice(0, DISCUSSION_LIMITS.filenameMax - 6)}.${extensions[0]}`;
}

/** Content-Disposition for a stored name: an ASCII fallback and the exact name as RFC 5987 UTF-8. */
export function contentDisposition(filename: string, type: 'inline' | 'attachment' = 'inline'): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/[\\"%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Pixels an image may have: larger ones would cost the server too much memory to re-encode. */
const MAX_PIXELS = 100_000_000;
const THUMBNAIL_SIZE = 320;

export interface ProcessedFile {
  content: Buffer;
  thumbnail: Buffer | null;
}

/**
 * Photos are re-encoded in their own format: what is stored is only what sharp decoded, never the
 * uploaded bytes, and the metadata (EXIF with GPS position, camera, time) is dropped unless the
 * uploader asked to keep the location. Without the metadata the orientation is applied to the
 * pixels first. PDFs are stored as they came. Throws when an image cannot be decoded.
 */
export async function processFile(bytes: Buffer, contentType: AttachmentContentType, keepLocation: boolean): Promise<ProcessedFile> {
  if (contentType === 'application/pdf') return { content: bytes, thumbnail: null };
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS });
  const oriented = keepLocation ? image.keepMetadata() : image.rotate();
  const encoded =
    contentType === 'image/jpeg'
      ? oriented.jpeg({ quality: 85, mozjpeg: true })
      : contentType === 'image/png'
        ? oriented.png({ compressionLevel: 9 })
        : oriented.webp({ quality: 85 });
  const content = await encoded.toBuffer();
  const thumbnail = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer();
  return { content, thumbnail };
}
