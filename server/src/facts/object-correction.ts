import {
  type Geometry,
  type NetworkRef,
  networkRefLabel,
  type ObjectCorrection,
  type ObjectKind,
  type ObjectPlanningDetails,
  type PlanningStage,
  type TransportMode,
} from '@flaskhals/shared';

import { municipalityIndex, municipalityText } from '../municipalities';

/** The facts of an object staff may correct, as stored. */
export interface ObjectFacts {
  name: string;
  kind: ObjectKind;
  description: string | null;
  geometry: Geometry;
  modes: TransportMode[];
  responsibleBody: string | null;
  municipality: string | null;
  municipalityCodes: string[];
  municipalityByHand: boolean;
  externalRefs: string[];
  networkRefs: NetworkRef[];
}

/** One line of a FIELDS_CHANGED or PLANNING_CHANGED event: what a field was and became (a geometry only says that it changed). */
export interface FactChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

const PLAIN_FIELDS = ['name', 'kind', 'description', 'geometry', 'modes', 'responsibleBody', 'externalRefs', 'networkRefs'] as const;

/** Equal as data: jsonb gives back an object's keys in its own order, so keys are compared sorted. */
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * The facts after a correction. Municipalities: set by hand when codes are given; otherwise filled
 * in from the position when asked, or when the geometry changed and staff had not set them by hand.
 * Where the position finds no municipality (outside Sweden) a free text of the reporter stays.
 */
export function corrected(current: ObjectFacts, input: ObjectCorrection): ObjectFacts {
  const next: ObjectFacts = { ...current };
  for (const field of PLAIN_FIELDS) {
    if (input[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = input[field];
  }
  const geometryChanged = !same(next.geometry, current.geometry);
  if (input.municipalityCodes) {
    const codes = [...new Set(input.municipalityCodes)].sort();
    Object.assign(next, {
      municipalityCodes: codes,
      municipalityByHand: true,
      municipality: municipalityText(codes.map((code) => municipalityIndex.find(code)!.name)),
    });
  } else if (input.municipalityFromPosition || (geometryChanged && !current.municipalityByHand)) {
    const found = municipalityIndex.touching(next.geometry);
    const freeText = current.municipalityCodes.length ? null : current.municipality;
    Object.assign(next, {
      municipalityCodes: found.map((m) => m.code),
      municipalityByHand: false,
      municipality: municipalityText(found.map((m) => m.name)) ?? freeText,
    });
  }
  return next;
}

/** What a correction changed, field by field, for the history; empty when nothing did. */
export function factChanges(before: ObjectFacts, after: ObjectFacts): FactChange[] {
  const changes: FactChange[] = [];
  for (const field of PLAIN_FIELDS) {
    if (same(before[field], after[field])) continue;
    if (field === 'geometry') changes.push({ field });
    else if (field === 'networkRefs')
      changes.push({ field, from: before.networkRefs.map(networkRefLabel), to: after.networkRefs.map(networkRefLabel) });
    else changes.push({ field, from: before[field], to: after[field] });
  }
  if (!same(before.municipalityCodes, after.municipalityCodes) || before.municipality !== after.municipality) {
    changes.push({ field: 'municipality', from: before.municipality, to: after.municipality });
  }
  if (before.municipalityByHand !== after.municipalityByHand) {
    changes.push({ field: 'municipalityByHand', from: before.municipalityByHand, to: after.municipalityByHand });
  }
  return changes;
}

/** An object's planning: its stage (a column of its own) and the details kept beside it. */
export interface PlanningFacts extends ObjectPlanningDetails {
  stage: PlanningStage;
}

/** What a planning change changed, for the history; documents by title. */
export function planningChanges(before: PlanningFacts, after: PlanningFacts): FactChange[] {
  const changes: FactChange[] = [];
  for (const field of Object.keys(after) as (keyof PlanningFacts)[]) {
    if (same(before[field], after[field])) continue;
    if (field === 'documents') changes.push({ field, from: before.documents.map((d) => d.title), to: after.documents.map((d) => d.title) });
    else changes.push({ field, from: before[field], to: after[field] });
  }
  return changes;
}
