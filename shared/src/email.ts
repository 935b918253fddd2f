import { z } from 'zod';

/** RFC 5321's limit on the length of an address in a mail's path. */
export const EMAIL_MAX_LENGTH = 254;

/**
 * An e-mail address as users type it: trimmed, at most 254 characters, valid by zod's e-mail rule,
 * lower-cased (addresses are compared and stored so). The one rule for addresses, in forms, the
 * API, the outbox and MAIL_FROM.
 */
export const emailSchema = z
  .string()
  .trim()
  .max(EMAIL_MAX_LENGTH, { error: 'tooLong' })
  .pipe(z.email({ error: 'invalidEmail' }))
  .transform((v) => v.toLowerCase());

/** Whether a text is an address by the same rule (as it is, without trimming or lower-casing). */
export const isEmail = (text: string): boolean => text === text.trim() && emailSchema.safeParse(text).success;

/** A sender or recipient as mail headers write it: `address` or `Display Name <address>`. */
export const mailboxSchema = z.string().refine((text) => {
  const named = /^([^<>]*)<([^<>]+)>$/.exec(text);
  return isEmail(named ? named[2] : text);
}, 'must be an address, e.g. "Flaskhals <no-reply@example.se>"');
