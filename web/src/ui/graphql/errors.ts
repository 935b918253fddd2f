import type { TFunction } from 'i18next';
import { GraphQLRequestError } from './client';

/** The `extensions.code` of the first GraphQL error, e.g. RATE_LIMITED, UNAUTHENTICATED, FORBIDDEN. */
export function errorCode(cause: unknown): string | undefined {
  if (!(cause instanceof GraphQLRequestError)) return undefined;
  const code = cause.errors.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Seconds until a rate-limited action may be tried again, from `extensions.retryAfterSeconds`. */
export function retryAfterSeconds(cause: unknown): number | undefined {
  if (!(cause instanceof GraphQLRequestError)) return undefined;
  const value = cause.errors.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfterSeconds;
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
