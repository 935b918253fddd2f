import type { FieldError } from '@flaskhals/shared';
import { CombinedError, type OperationResult } from '@urql/core';
import type { TFunction } from 'i18next';

/**
 * A failed request is urql's CombinedError: `networkError` when no GraphQL answer came (offline,
 * HTTP error without a GraphQL body), `graphQLErrors` with the server's `extensions` otherwise.
 */
export { CombinedError };

/** The data of an answer, or its error thrown: for mutations and one-off requests awaited by a form. */
export function dataOrThrow<TData>(result: Pick<OperationResult<TData>, 'data' | 'error'>): TData {
  if (result.error) throw result.error;
  if (result.data == null) throw new CombinedError({ networkError: new Error('The answer carried no data') });
  return result.data;
}

function graphQLErrors(cause: unknown) {
  return cause instanceof CombinedError ? cause.graphQLErrors : [];
}

/** Field errors from BAD_USER_INPUT errors, with paths relative to the operation's input. */
export function fieldErrorsOf(cause: unknown): FieldError[] {
  return graphQLErrors(cause).flatMap((error) => {
    const extensions = error.extensions as { code?: unknown; field?: unknown; fieldErrors?: FieldError[] };
    if (extensions.code !== 'BAD_USER_INPUT') return [];
    if (extensions.fieldErrors?.length) return extensions.fieldErrors;
    if (typeof extensions.field === 'string') return [{ field: extensions.field, code: 'invalidType' }];
    return [];
  });
}

/** The `extensions.code` of the first GraphQL error, e.g. RATE_LIMITED, UNAUTHENTICATED, FORBIDDEN. */
export function errorCode(cause: unknown): string | undefined {
  const code = graphQLErrors(cause).find((e) => typeof e.extensions.code === 'string')?.extensions.code;
  return typeof code === 'string' ? code : undefined;
}

/** Seconds until a rate-limited action may be tried again, from `extensions.retryAfterSeconds`. */
export function retryAfterSeconds(cause: unknown): number | undefined {
  const value = graphQLErrors(cause).find((e) => e.extensions.code === 'RATE_LIMITED')?.extensions.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** "Try again in 15 minutes" / "in 30 seconds": minutes from a minute up, rounded up. */
export function describeRateLimit(t: TFunction, seconds: number | undefined): string {
  if (seconds === undefined) return t('errors.rateLimited');
  if (seconds >= 60) return t('errors.rateLimitedMinutes', { count: Math.ceil(seconds / 60) });
  return t('errors.rateLimitedSeconds', { count: Math.ceil(seconds) });
}

/** A failed request in the user's words: no field to put it beside, so it goes to the form's summary. */
export function describeRequestFailure(t: TFunction, cause: unknown): string {
  switch (errorCode(cause)) {
    case 'RATE_LIMITED':
      return describeRateLimit(t, retryAfterSeconds(cause));
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    default:
      return t('form.submitError');
  }
}
