import { type FieldError, type SupportReportInput, supportReportSchema, validate } from '@flaskhals/shared';

import { EMPTY_IMPACT, type ImpactDraft, mergeErrors, parseImpact } from '../form/impactDraft';

/** The supporting organization is the signed-in user's: the server adds it. */
export interface SupportDraft {
  comment: string;
  impact: ImpactDraft;
}

export const EMPTY_SUPPORT_DRAFT: SupportDraft = { comment: '', impact: EMPTY_IMPACT };

export type SupportValidation = { ok: true; value: SupportReportInput } | { ok: false; errors: FieldError[] };

export function validateSupportDraft(draft: SupportDraft, reportId: string): SupportValidation {
  const parsed = parseImpact(draft.impact);
  const result = validate(supportReportSchema, {
    reportId,
    comment: draft.comment.trim() ? draft.comment : undefined,
    impact: parsed.impact,
  });
  if (result.ok && parsed.errors.length === 0) return { ok: true, value: result.value };
  return { ok: false, errors: mergeErrors(parsed.errors, result.ok ? [] : result.errors) };
}
