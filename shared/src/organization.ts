import Organisationsnummer from 'organisationsnummer';
import { z } from 'zod';

import { emailSchema } from './email';
import { ORGANIZATION_KINDS } from './enums';
import { optionalText, requiredText } from './text';

/** A Swedish organisationsnummer (checksum and all), stored as NNNNNN-NNNN. */
export const orgNumberSchema = z
  .string()
  .trim()
  .refine((value) => Organisationsnummer.valid(value), { error: 'invalidOrgNumber' })
  .transform((value) => Organisationsnummer.parse(value).format(true));

export const organizationInputSchema = z.object({
  name: requiredText(2, 200),
  kind: z.enum(ORGANIZATION_KINDS, { error: 'invalidOption' }),
  orgNumber: orgNumberSchema.nullish().transform((v) => v ?? null),
  sector: optionalText(100),
  employees: z
    .number()
    .int({ error: 'notInteger' })
    .min(0, { error: 'negative' })
    .max(10_000_000, { error: 'tooLarge' })
    .nullish()
    .transform((v) => v ?? null),
  municipality: optionalText(200),
  contactName: optionalText(200),
  contactEmail: emailSchema.nullish().transform((v) => v ?? null),
  contactPhone: optionalText(40),
});
export type OrganizationInput = z.infer<typeof organizationInputSchema>;
