import {
  type FieldError,
  type ReportCategory,
  type ReportVisibility,
  type UpdateReportInput,
  updateReportSchema,
  validate,
} from '@flaskhals/shared';

import { type ImpactDraft, mergeErrors, parseImpact } from '../form/impactDraft';

/** A report as the edit form starts from it. */
export interface EditableReport {
  id: string;
  title: string;
  problem: string;
  category: ReportCategory;
  proposedMeasure: string | null;
  visibility: ReportVisibility;
  /** Null when the viewer may not see the figures: then the form neither shows nor sends them. */
  impact: { delayHoursPerWeek: number; extraCostSekPerYear: number; freightTonnesPerYear: number } | null;
}

export interface EditReportDraft {
  title: string;
  problem: string;
  category: string;
  proposedMeasure: string;
  visibility: ReportVisibility;
  impact: ImpactDraft | null;
}

/** A figure as the user would type it: a decimal comma in Swedish. */
function figureText(value: number, language: string): string {
  const text = String(value);
  return language.startsWith('sv') ? text.replace('.', ',') : text;
}

export function draftFromReport(report: EditableReport, language: string): EditReportDraft {
  return {
    title: report.title,
    problem: report.problem,
    category: report.category,
    proposedMeasure: report.proposedMeasure ?? '',
    visibility: report.visibility,
    impact: report.impact
      ? {
          delayHoursPerWeek: figureText(report.impact.delayHoursPerWeek, language),
          extraCostSekPerYear: figureText(report.impact.extraCostSekPerYear, language),
          freightTonnesPerYear: figureText(report.impact.freightTonnesPerYear, language),
        }
      : null,
  };
}

export type EditReportValidation = { ok: true; value: UpdateReportInput } | { ok: false; errors: FieldError[] };

/** Checks the change with the schema the server uses; an emptied measure is sent as null (cleared). */
export function validateEditDraft(draft: EditReportDraft, reportId: string): EditReportValidation {
  const parsed = draft.impact ? parseImpact(draft.impact) : undefined;
  const result = validate(updateReportSchema, {
    reportId,
    title: draft.title,
    problem: draft.problem,
    category: draft.category || null,
    proposedMeasure: draft.proposedMeasure,
    visibility: draft.visibility,
    impact: parsed?.impact,
  });
  const parseErrors = parsed?.errors ?? [];
  if (result.ok && parseErrors.length === 0) return { ok: true, value: result.value };
  return { ok: false, errors: mergeErrors(parseErrors, result.ok ? [] : result.errors) };
}
