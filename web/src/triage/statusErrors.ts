import type { FieldError } from '@flaskhals/shared';
import type { TFunction } from 'i18next';

import { describeError } from '../ui/forms/fieldErrors';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql';

/** A refused status change in the user's words, the statuses named as the user knows them. */
export function describeStatusFailure(t: TFunction, cause: unknown): string {
  const errors = fieldErrorsOf(cause);
  if (!errors.length) return describeRequestFailure(t, cause);
  return errors.map((error) => describeError(t, withStatusNames(t, error))).join(' ');
}

function withStatusNames(t: TFunction, error: FieldError): FieldError {
  const params = { ...error.params };
  for (const key of ['from', 'to'] as const) if (typeof params[key] === 'string') params[key] = t(`statuses.${params[key]}`);
  return { ...error, params };
}
