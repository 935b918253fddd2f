import {
  DEFAULT_REPORT_VISIBILITY,
  type FieldError,
  type Geometry,
  type ObjectKind,
  type ReportBottleneckInput,
  reportBottleneckSchema,
  type ReportVisibility,
  type TransportMode,
  validate,
} from '@flaskhals/shared';

import { EMPTY_IMPACT, type ImpactDraft, mergeErrors, parseImpact } from './impactDraft';

/** What a report is about: an object that exists, or a new one at the place the user drew. */
export type ReportTarget = { type: 'new'; geometry: Geometry } | { type: 'existing'; objectId: string; objectName: string };

export interface NewObjectDraft {
  name: string;
  kind: ObjectKind | '';
  modes: TransportMode[];
  description: string;
  municipality: string;
  responsibleBody: string;
}

/** The reporting organization is the signed-in user's: the server adds it, the form only shows it. */
export interface ReportDraft {
  title: string;
  problem: string;
  category: string;
  proposedMeasure: string;
  impact: ImpactDraft;
  visibility: ReportVisibility;
  newObject: NewObjectDraft;
}

export const EMPTY_REPORT_DRAFT: ReportDraft = {
  title: '',
  problem: '',
  category: '',
  proposedMeasure: '',
  impact: EMPTY_IMPACT,
  visibility: DEFAULT_REPORT_VISIBILITY,
  newObject: { name: '', kind: '', modes: [], description: '', municipality: '', responsibleBody: '' },
};

const orUndefined = (text: string) => (text.trim() === '' ? undefined : text);

/** The mutation's input as the form has it, before the shared schema has checked it. */
export function draftToInput(draft: ReportDraft, target: ReportTarget, arenaId: string) {
  const parsed = parseImpact(draft.impact);
  const input = {
    arenaId,
    objectId: target.type === 'existing' ? target.objectId : undefined,
    newObject:
      target.type === 'new'
        ? {
            name: draft.newObject.name,
            kind: orUndefined(draft.newObject.kind),
            modes: draft.newObject.modes,
            description: orUndefined(draft.newObject.description),
            municipality: orUndefined(draft.newObject.municipality),
            responsibleBody: orUndefined(draft.newObject.responsibleBody),
            geometry: target.geometry,
          }
        : undefined,
    title: draft.title,
    problem: draft.problem,
    category: orUndefined(draft.category),
    impact: parsed.impact,
    proposedMeasure: orUndefined(draft.proposedMeasure),
    visibility: draft.visibility,
  };
  return { input, parseErrors: parsed.errors };
}

export type ReportValidation = { ok: true; value: ReportBottleneckInput } | { ok: false; errors: FieldError[] };

/** Checks the form with the same schema the server uses, so the user hears about mistakes before sending. */
export function validateReportDraft(draft: ReportDraft, target: ReportTarget, arenaId: string): ReportValidation {
  const { input, parseErrors } = draftToInput(draft, target, arenaId);
  const result = validate(reportBottleneckSchema, input);
  if (result.ok && parseErrors.length === 0) return { ok: true, value: result.value };
  return { ok: false, errors: mergeErrors(parseErrors, result.ok ? [] : result.errors) };
}
