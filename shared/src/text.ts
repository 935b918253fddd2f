import { z } from 'zod';

/** PostgreSQL text cannot hold NUL; refuse it rather than fail at the database. */
export const noNul = (s: string) => !s.includes('\u0000');

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

