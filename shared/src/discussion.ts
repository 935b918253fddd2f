import { z } from 'zod';

import { DEFAULT_REPORT_VISIBILITY, REPORT_VISIBILITIES } from './access';
import { optionalText, requiredText } from './text';

/** Limits of the discussion on an object: comments, mentions, hiding and attachments. */
export const DISCUSSION_LIMITS = {
  bodyMax: 10_000,
  hideReasonMax: 500,
  /** An author may edit a comment for this long after posting it. */
  editWindowMinutes: 15,
  mentionsMax: 20,
  /** The plain-text excerpt a COMMENTED history event carries (notifications show it). */
  excerptMax: 140,
  attachmentBytesMax: 20 * 1024 * 1024,
  filenameMax: 200,
} as const;

/** What an attachment may be, decided from its first bytes; each with the name extensions that fit it. */
export const ATTACHMENT_TYPES = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
} as const satisfies Record<string, readonly string[]>;
export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

export const isImageType = (type: string): boolean => type.startsWith('image/');

/** The type a name's extension claims ("karta.JPG" → image/jpeg), or null for any other name. */
export function contentTypeOfName(filename: string): AttachmentContentType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (!extension) return null;
  const found = Object.entries(ATTACHMENT_TYPES).find(([, extensions]) => (extensions as readonly string[]).includes(extension));
  return (found?.[0] as AttachmentContentType | undefined) ?? null;
}

/** The upload endpoint: POST multipart (field "file", plus "reportId" or "commentId", and "keepLocation"). */
export const ATTACHMENT_UPLOAD_PATH = '/api/attachments';
/** The header a browser cannot send cross-site without a CORS preflight: uploads need it (as Apollo's CSRF prevention). */
export const CSRF_HEADER = 'x-flaskhals-csrf';

/**
 * A mention in a comment's Markdown: `@[Name](user-uuid)`. The editor inserts it when a person is
 * picked; the server checks the id and renders the person's current name.
 */
export const MENTION_PATTERN = /@\[([^\]\n]{1,200})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export function mentionToken(name: string, userId: string): string {
  return `@[${name.replace(/[[\]\n]/g, ' ')}](${userId})`;
}

/** The distinct user ids a body mentions, in order of first appearance. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_PATTERN)].map((m) => m[2].toLowerCase()))];
}

const visibility = z
  .enum(REPORT_VISIBILITIES, { error: 'invalidOption' })
  .nullish()
  .transform((v) => v ?? DEFAULT_REPORT_VISIBILITY);

const body = requiredText(1, DISCUSSION_LIMITS.bodyMax).refine((text) => mentionedUserIds(text).length <= DISCUSSION_LIMITS.mentionsMax, {
  error: 'tooManyMentions',
  params: { max: DISCUSSION_LIMITS.mentionsMax },
});

export const addCommentSchema = z.object({
  objectId: z.uuid({ error: 'invalidId' }),
  body,
  visibility,
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

export const editCommentSchema = z.object({
  commentId: z.uuid({ error: 'invalidId' }),
  body,
});
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const hideCommentSchema = z.object({
  commentId: z.uuid({ error: 'invalidId' }),
  reason: requiredText(1, DISCUSSION_LIMITS.hideReasonMax),
});

export const mentionSearchSchema = optionalText(100);

/** Whether a comment posted at `createdAt` may still be edited by its author at `now`. */
export function withinEditWindow(createdAt: Date | string, now: Date = new Date()): boolean {
  return now.getTime() - new Date(createdAt).getTime() < DISCUSSION_LIMITS.editWindowMinutes * 60_000;
}
