import type { FieldError } from '@flaskhals/shared';

import { parseDecimal } from '../../ui/format/numbers';

/** Impact figures as typed: text, so "1,5" and "1 250 000" are accepted and parsed on submit. */
export interface ImpactDraft {
  delayHoursPerWeek: string;
  extraCostSekPerYear: string;
  freightTonnesPerYear: string;
}

export const IMPACT_FIELDS = ['delayHoursPerWeek', 'extraCostSekPerYear', 'freightTonnesPerYear'] as const;

export const EMPTY_IMPACT: ImpactDraft = { delayHoursPerWeek: '0', extraCostSekPerYear: '0', freightTonnesPerYear: '0' };

export interface ParsedImpact {
  impact: Record<(typeof IMPACT_FIELDS)[number], number | undefined>;
  /** Text that is not a number: the shared schema never sees it, so the code is the web's own. */
  errors: FieldError[];
}

export function parseImpact(draft: ImpactDraft, prefix = 'impact'): ParsedImpact {
  const impact = {} as ParsedImpact['impact'];
  const errors: FieldError[] = [];
  for (const field of IMPACT_FIELDS) {
    const value = parseDecimal(draft[field]);
    if (value !== undefined && Number.isNaN(value)) {
      errors.push({ field: `${prefix}.${field}`, code: 'notANumber' });
      impact[field] = undefined;
    } else {
      impact[field] = value;
    }
  }
  return { impact, errors };
}

/** Schema errors at fields that already have a parse error are noise ("required" for "abc"). */
export function mergeErrors(parseErrors: FieldError[], schemaErrors: FieldError[]): FieldError[] {
  const parsed = new Set(parseErrors.map((e) => e.field));
  return [...parseErrors, ...schemaErrors.filter((e) => !parsed.has(e.field))];
}
