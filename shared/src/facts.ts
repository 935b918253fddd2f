import { z } from 'zod';

import { OBJECT_KINDS, TRANSPORT_MODES } from './enums';
import { geometrySchema } from './geometry';
import { LIMITS } from './report';
import { judgementSchema } from './scoring';
import { httpsUrl, optionalText, requiredText } from './text';
import { FOUR_STEP_CLASSES, PLANNING_STAGES } from './workflow';

/**
 * An object's facts as staff keep them: corrections of what the reporter entered, its typed ties to
 * the official networks, and its planning. The server validates `correctObject` and
 * `setObjectPlanning` with these schemas; the web validates its forms with the same ones.
 */

export const FACT_LIMITS = {
  networkRefsMax: 20,
  municipalitiesMax: 50,
  railKmMax: 3000,
  documentsMax: 20,
  urlMax: 2000,
  costEstimateSekMax: 10_000_000_000_000,
} as const;

/** What ties an object to an official network (Nätreferens). */
export const NETWORK_REF_TYPES = ['ROAD', 'RAIL_SECTION', 'TRAFFIC_PLACE', 'FAIRWAY', 'PORT'] as const;
export type NetworkRefType = (typeof NETWORK_REF_TYPES)[number];

const ROAD_NUMBER = /^(?:(e)\s*(\d{1,3})|(?:(?:riks|läns)?väg|rv|lv)?\s*(\d{1,4}))$/i;

/**
 * A national road number as the transport administration writes it: "E18" for a European road,
 * "väg 56" for a national or county road (also read from "56", "rv 56", "Väg 56", "e 18").
 * Null when it is not a road number.
 */
export function normalizeRoadNumber(text: string): string | null {
  const match = ROAD_NUMBER.exec(text.trim());
  if (!match) return null;
  return match[1] ? `E${Number(match[2])}` : `väg ${Number(match[3])}`;
}

const roadNumber = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const road = normalizeRoadNumber(value);
    if (!road) {
      ctx.addIssue({ code: 'custom', message: value ? 'invalidRoadNumber' : 'required' });
      return z.NEVER;
    }
    return road;
  });

const kilometre = z
  .number()
  .min(0, { error: 'negative' })
  .max(FACT_LIMITS.railKmMax, { error: 'tooLarge' })
  .nullish()
  .transform((v) => v ?? null);

const placeName = requiredText(1, LIMITS.shortTextMax);

export const networkRefSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('ROAD'),
      road: roadNumber,
      /** Part of the functionally prioritised road network for freight (funktionellt prioriterat vägnät). */
      freightPriority: z
        .boolean()
        .nullish()
        .transform((v) => v ?? false),
    }),
    z
      .object({ type: z.literal('RAIL_SECTION'), section: requiredText(1, 40), kmFrom: kilometre, kmTo: kilometre })
      .refine((r) => r.kmFrom === null || r.kmTo === null || r.kmFrom <= r.kmTo, { error: 'kmOrder', path: ['kmTo'] }),
    z.object({ type: z.literal('TRAFFIC_PLACE'), name: placeName }),
    z.object({ type: z.literal('FAIRWAY'), name: placeName }),
    z.object({ type: z.literal('PORT'), name: placeName }),
  ],
  { error: 'invalidOption' },
);
export type NetworkRef = z.output<typeof networkRefSchema>;

/** How a reference reads in lists and in the search text ("E18", "bandel 211 km 12–34", "Västerås hamn"). */
export function networkRefLabel(ref: NetworkRef): string {
  switch (ref.type) {
    case 'ROAD':
      return ref.road;
    case 'RAIL_SECTION': {
      const km = ref.kmFrom !== null || ref.kmTo !== null ? ` km ${ref.kmFrom ?? ''}–${ref.kmTo ?? ''}` : '';
      return `bandel ${ref.section}${km}`;
    }
    default:
      return ref.name;
  }
}

/** A municipality code (kommunkod): four digits, the first two its region's (länskod). */
export const municipalityCodeSchema = z.string().regex(/^\d{4}$/, { error: 'unknownMunicipality' });

const uuid = z.uuid({ error: 'invalidId' });

/**
 * Staff's correction of an object: only the fields given change (null clears an optional text).
 * `municipalityCodes` sets the municipalities by hand; `municipalityFromPosition` hands them back
 * to the position, which fills them in again whenever the geometry changes.
 */
export const correctObjectSchema = z
  .object({
    objectId: uuid,
    name: requiredText(LIMITS.nameMin, LIMITS.nameMax).optional(),
    kind: z.enum(OBJECT_KINDS, { error: 'invalidOption' }).optional(),
    description: optionalText(LIMITS.descriptionMax).optional(),
    geometry: geometrySchema.optional(),
    modes: z
      .array(z.enum(TRANSPORT_MODES, { error: 'invalidOption' }))
      .min(1, { error: 'required' })
      .max(TRANSPORT_MODES.length, { error: 'tooMany' })
      .optional(),
    responsibleBody: optionalText(LIMITS.shortTextMax).optional(),
    municipalityCodes: z.array(municipalityCodeSchema).max(FACT_LIMITS.municipalitiesMax, { error: 'tooMany' }).optional(),
    municipalityFromPosition: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    externalRefs: z.array(requiredText(1, LIMITS.shortTextMax)).max(LIMITS.referencesMax, { error: 'tooMany' }).optional(),
    networkRefs: z.array(networkRefSchema).max(FACT_LIMITS.networkRefsMax, { error: 'tooMany' }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.municipalityFromPosition && input.municipalityCodes) {
      ctx.addIssue({ code: 'custom', message: 'municipalityByHandOrPosition', path: ['municipalityCodes'] });
    }
  });
export type CorrectObjectInput = z.input<typeof correctObjectSchema>;
export type ObjectCorrection = z.output<typeof correctObjectSchema>;

const factsUrl = httpsUrl(FACT_LIMITS.urlMax);

export const planningDocumentSchema = z.object({ title: requiredText(1, LIMITS.shortTextMax), url: factsUrl });
export type PlanningDocument = z.output<typeof planningDocumentSchema>;

/** Where the object stands in planning, kept by staff; the whole of it is sent and replaces what was there. */
export const objectPlanningSchema = z.object({
  objectId: uuid,
  stage: z.enum(PLANNING_STAGES, { error: 'invalidOption' }),
  fourStepClass: z
    .enum(FOUR_STEP_CLASSES, { error: 'invalidOption' })
    .nullish()
    .transform((v) => v ?? null),
  /** Whether steps 1 (rethink) and 2 (optimise) were examined before building. */
  stepsOneTwoExamined: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  /** Staff's judgement of how severe the problem is, 0–5; null: not judged yet (the score counts the middle). */
  severity: judgementSchema,
  /** Staff's judgement of how well the measure fits the arena's strategy, 0–5; null: not judged yet. */
  strategicFit: judgementSchema,
  /** The åtgärdsvalsstudie: its title, number or address. */
  avsReference: optionalText(LIMITS.shortTextMax),
  /** The plan the measure is in, e.g. "Nationell plan 2026–2037" or "Länsplan Västmanland 2026–2037". */
  planName: optionalText(LIMITS.shortTextMax),
  /** The measure's id in that plan. */
  planObjectId: optionalText(100),
  costEstimateSek: z
    .number()
    .int({ error: 'notInteger' })
    .min(0, { error: 'negative' })
    .max(FACT_LIMITS.costEstimateSekMax, { error: 'tooLarge' })
    .nullish()
    .transform((v) => v ?? null),
  documents: z
    .array(planningDocumentSchema)
    .max(FACT_LIMITS.documentsMax, { error: 'tooMany' })
    .nullish()
    .transform((v) => v ?? []),
});
export type SetObjectPlanningInput = z.input<typeof objectPlanningSchema>;
export type ObjectPlanningValues = z.output<typeof objectPlanningSchema>;

/** What the object's `planning` column keeps: the planning input without the object and the stage (a column of its own). */
export type ObjectPlanningDetails = Omit<ObjectPlanningValues, 'objectId' | 'stage'>;

/** An object's planning details as read, with the defaults for an object staff have not planned yet. */
export function planningDetailsOf(stored: Partial<ObjectPlanningDetails> | null | undefined): ObjectPlanningDetails {
  return {
    fourStepClass: stored?.fourStepClass ?? null,
    stepsOneTwoExamined: stored?.stepsOneTwoExamined ?? false,
    severity: stored?.severity ?? null,
    strategicFit: stored?.strategicFit ?? null,
    avsReference: stored?.avsReference ?? null,
    planName: stored?.planName ?? null,
    planObjectId: stored?.planObjectId ?? null,
    costEstimateSek: stored?.costEstimateSek ?? null,
    documents: stored?.documents ?? [],
  };
}
