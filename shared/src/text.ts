import { z } from 'zod';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text PostgreSQL can store as it was sent: no NUL (text cannot hold it) and no half of a UTF-16
 * surrogate pair (not a character; jsonb refuses it). Refused as invalidCharacters, not a failure
 * at the database.
 */
export const noNul = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

export const requiredText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { error: min <= 1 ? 'required' : 'tooShort' })
    .max(max, { error: 'tooLong' })
    .refine(noNul, { error: 'invalidCharacters' });
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .refine(noNul, { error: 'invalidCharacters' })
    .nullish()
    .transform((v) => (v ? v : null));

/** An https:// address (links people follow from the app: plan documents, online meetings). */
export const httpsUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .refine(noNul, { error: 'invalidCharacters' })
    .refine(isHttpsUrl, { error: 'notHttpsUrl' });

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
