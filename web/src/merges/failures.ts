import type { TFunction } from 'i18next';

import { describeError } from '../ui/forms/fieldErrors';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql';

/** A refused merge, undo or move in the user's words: the server's field error code, else the general failure. */
export function describeFailure(t: TFunction, cause: unknown): string {
  const [first] = fieldErrorsOf(cause);
  return first ? describeError(t, first) : describeRequestFailure(t, cause);
}
