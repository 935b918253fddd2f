import { z } from 'zod';

import { DEFAULT_REPORT_VISIBILITY, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, REPORT_VISIBILITIES } from './access';
import { OBJECT_KINDS, REPORT_CATEGORIES, TRANSPORT_MODES } from './enums';
import { geometrySchema } from './geometry';
import { noNul, optionalText, requiredText } from './text';

export const LIMITS = {
  nameMin: 2,
  nameMax: 200,
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 5000,
  measureMax: 2000,
  shortTextMax: 200,
  referencesMax: 10,
  delayHoursPerWeekMax: 10_000,
  extraCostSekPerYearMax: 100_000_000_000,
  freightTonnesPerYearMax: 1_000_000_000,
  nearbyRadiusMetersMax: 50_000,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 100,
} as const;

const figure = (max: number, integer: boolean) =>
  (integer ? z.number().int({ error: 'notInteger' }) : z.number()).min(0, { error: 'negative' }).max(max, { error: 'tooLarge' });

/** The impact one organization states for an object: what the bottleneck costs it. */
export const impactSchema = z.object({
  delayHoursPerWeek: figure(LIMITS.delayHoursPerWeekMax, false),
  extraCostSekPerYear: figure(LIMITS.extraCostSekPerYearMax, true),
  freightTonnesPerYear: figure(LIMITS.freightTonnesPerYearMax, true),
});
export type Impact = z.infer<typeof impactSchema>;

const uuid = z.uuid({ error: 'invalidId' });

/** A client-generated key (e.g. a UUID) that makes a retried submission return the first result. */
const idempotencyKey = z
  .string()
  .min(LIMITS.idempotencyKeyMin, { error: 'tooShort' })
  .max(LIMITS.idempotencyKeyMax, { error: 'tooLong' })
  .refine(noNul, { error: 'invalidCharacters' })
  .nullish()
  .transform((v) => v ?? null);

export const newObjectSchema = z.object({
  name: requiredText(LIMITS.nameMin, LIMITS.nameMax),
  kind: z.enum(OBJECT_KINDS, { error: 'invalidOption' }),
  description: optionalText(LIMITS.descriptionMax),
  geometry: geometrySchema,
  modes: z
    .array(z.enum(TRANSPORT_MODES, { error: 'invalidOption' }))
    .min(1, { error: 'required' })
    .max(TRANSPORT_MODES.length, { error: 'tooMany' }),
  responsibleBody: optionalText(LIMITS.shortTextMax),
  municipality: optionalText(LIMITS.shortTextMax),
  externalRefs: z
    .array(requiredText(1, LIMITS.shortTextMax))
    .max(LIMITS.referencesMax, { error: 'tooMany' })
    .nullish()
    .transform((v) => v ?? []),
});
export type NewObjectInput = z.infer<typeof newObjectSchema>;

const visibility = z
  .enum(REPORT_VISIBILITIES, { error: 'invalidOption' })
  .nullish()
  .transform((v) => v ?? DEFAULT_REPORT_VISIBILITY);

/**
 * One organization's report that an object is a bottleneck: on an existing object or a new one.
 * The reporting organization is the signed-in user's: the server adds it.
 */
export const reportBottleneckSchema = z
  .object({
    arenaId: uuid,
    objectId: uuid.nullish(),
    newObject: newObjectSchema.nullish(),
    title: requiredText(LIMITS.titleMin, LIMITS.titleMax),
    problem: requiredText(1, LIMITS.descriptionMax),
    category: z.enum(REPORT_CATEGORIES, { error: 'invalidOption' }),
    impact: impactSchema,
    proposedMeasure: optionalText(LIMITS.measureMax),
    visibility,
    idempotencyKey,
  })
  .superRefine((input, ctx) => {
    if (!input.objectId === !input.newObject) {
      ctx.addIssue({ code: 'custom', message: 'objectOrNewObject', path: input.objectId ? ['newObject'] : ['objectId'] });
    }
  });
export type ReportBottleneckInput = z.infer<typeof reportBottleneckSchema>;

/** Another organization joins a report: "we are affected too", with its own figures. */
export const supportReportSchema = z.object({
  reportId: uuid,
  comment: optionalText(LIMITS.measureMax),
  impact: impactSchema,
  idempotencyKey,
});
export type SupportReportInput = z.infer<typeof supportReportSchema>;

export const nearbySearchSchema = z.object({
  arenaId: uuid,
  geometry: geometrySchema,
  radiusMeters: z
    .number()
    .int({ error: 'notInteger' })
    .min(1, { error: 'tooSmall' })
    .max(LIMITS.nearbyRadiusMetersMax, { error: 'tooLarge' })
    .nullish()
    .transform((v) => v ?? 2000),
  text: optionalText(LIMITS.nameMax),
});

/** Free-text search in lists: trimmed, bounded, blank means no search. */
export const searchSchema = optionalText(LIMITS.nameMax);

/** A change to a report by its own organization (or staff): only the fields given change. */
export const updateReportSchema = z.object({
  reportId: uuid,
  title: requiredText(LIMITS.titleMin, LIMITS.titleMax).optional(),
  problem: requiredText(1, LIMITS.descriptionMax).optional(),
  category: z.enum(REPORT_CATEGORIES, { error: 'invalidOption' }).optional(),
  impact: impactSchema.optional(),
  proposedMeasure: optionalText(LIMITS.measureMax).optional(),
  visibility: z.enum(REPORT_VISIBILITIES, { error: 'invalidOption' }).optional(),
});
export type UpdateReportInput = z.infer<typeof updateReportSchema>;

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, { error: 'tooShort' }).max(PASSWORD_MAX_LENGTH, { error: 'tooLong' });

export const personNameSchema = requiredText(2, LIMITS.nameMax);
