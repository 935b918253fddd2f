import {
  type CorrectObjectInput,
  correctObjectSchema,
  type FourStepClass,
  type Geometry,
  type NetworkRefType,
  type ObjectKind,
  objectPlanningSchema,
  type PlanningStage,
  type SetObjectPlanningInput,
  type TransportMode,
  validate,
  type Validated,
} from '@flaskhals/shared';

import type { ObjectFactsPartsFragment } from '../gql/graphql';

export type ObjectFactsData = ObjectFactsPartsFragment;

/** One row of the network references as the form holds it: every type's fields, numbers as typed. */
export interface NetworkRefDraft {
  type: NetworkRefType;
  road: string;
  freightPriority: boolean;
  section: string;
  kmFrom: string;
  kmTo: string;
  name: string;
}

export interface FactsDraft {
  name: string;
  kind: ObjectKind;
  description: string;
  modes: TransportMode[];
  responsibleBody: string;
  /** One reference a line. */
  externalRefs: string;
  /** The municipalities picked by hand; null while the picker is untouched. */
  municipalityCodes: string[] | null;
  /** "Fill in from the position" asked for. */
  municipalityFromPosition: boolean;
  /** A newly drawn geometry; null keeps the object's. */
  geometry: Geometry | null;
  networkRefs: NetworkRefDraft[];
}

export const emptyNetworkRef = (type: NetworkRefType = 'ROAD'): NetworkRefDraft => ({
  type,
  road: '',
  freightPriority: false,
  section: '',
  kmFrom: '',
  kmTo: '',
  name: '',
});

export function draftFromObject(object: ObjectFactsData): FactsDraft {
  return {
    name: object.name,
    kind: object.kind,
    description: object.description ?? '',
    modes: [...object.modes],
    responsibleBody: object.responsibleBody ?? '',
    externalRefs: object.externalRefs.join('\n'),
    municipalityCodes: null,
    municipalityFromPosition: false,
    geometry: null,
    networkRefs: object.networkRefs.map((ref) => ({
      type: ref.type,
      road: ref.road ?? '',
      freightPriority: ref.freightPriority ?? false,
      section: ref.section ?? '',
      kmFrom: ref.kmFrom === null ? '' : String(ref.kmFrom),
      kmTo: ref.kmTo === null ? '' : String(ref.kmTo),
      name: ref.name ?? '',
    })),
  };
}

/** A number as typed, with a Swedish decimal comma; blank is none; garbage stays text for the schema to refuse. */
function typedNumber(text: string): number | string | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

function refInput(ref: NetworkRefDraft): Record<string, unknown> {
  switch (ref.type) {
    case 'ROAD':
      return { type: ref.type, road: ref.road, freightPriority: ref.freightPriority };
    case 'RAIL_SECTION':
      return { type: ref.type, section: ref.section, kmFrom: typedNumber(ref.kmFrom), kmTo: typedNumber(ref.kmTo) };
    default:
      return { type: ref.type, name: ref.name };
  }
}

/** The correction the form sends: every field as the form holds it; the server writes only what changed. */
export function correctionOf(draft: FactsDraft, objectId: string): CorrectObjectInput {
  return {
    objectId,
    name: draft.name,
    kind: draft.kind,
    description: draft.description,
    modes: draft.modes,
    responsibleBody: draft.responsibleBody,
    externalRefs: draft.externalRefs
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    networkRefs: draft.networkRefs.map(refInput) as CorrectObjectInput['networkRefs'],
    ...(draft.geometry ? { geometry: draft.geometry } : {}),
    ...(draft.municipalityCodes ? { municipalityCodes: draft.municipalityCodes } : {}),
    ...(draft.municipalityFromPosition ? { municipalityFromPosition: true } : {}),
  };
}

/** Checked with the server's own schema; the input sent is the form's (the server normalises again). */
export function checkCorrection(draft: FactsDraft, objectId: string): Validated<CorrectObjectInput> {
  const input = correctionOf(draft, objectId);
  const checked = validate(correctObjectSchema, input);
  return checked.ok ? { ok: true, value: input } : checked;
}

export interface PlanningDraft {
  stage: PlanningStage;
  fourStepClass: FourStepClass | '';
  stepsOneTwoExamined: boolean;
  severity: string;
  strategicFit: string;
  avsReference: string;
  planName: string;
  planObjectId: string;
  costEstimateSek: string;
  documents: { title: string; url: string }[];
}

export function planningDraftOf(planning: ObjectFactsData['planning']): PlanningDraft {
  return {
    stage: planning.stage,
    fourStepClass: planning.fourStepClass ?? '',
    stepsOneTwoExamined: planning.stepsOneTwoExamined,
    severity: planning.severity === null ? '' : String(planning.severity),
    strategicFit: planning.strategicFit === null ? '' : String(planning.strategicFit),
    avsReference: planning.avsReference ?? '',
    planName: planning.planName ?? '',
    planObjectId: planning.planObjectId ?? '',
    costEstimateSek: planning.costEstimateSek === null ? '' : String(planning.costEstimateSek),
    documents: planning.documents.map((d) => ({ title: d.title, url: d.url })),
  };
}

export function checkPlanning(draft: PlanningDraft, objectId: string): Validated<SetObjectPlanningInput> {
  const input = {
    objectId,
    stage: draft.stage,
    fourStepClass: draft.fourStepClass || null,
    stepsOneTwoExamined: draft.stepsOneTwoExamined,
    severity: draft.severity === '' ? null : Number(draft.severity),
    strategicFit: draft.strategicFit === '' ? null : Number(draft.strategicFit),
    avsReference: draft.avsReference,
    planName: draft.planName,
    planObjectId: draft.planObjectId,
    costEstimateSek: typedNumber(draft.costEstimateSek),
    documents: draft.documents,
  };
  const checked = validate(objectPlanningSchema, input);
  return checked.ok ? { ok: true, value: checked.value } : checked;
}
