import { CombinedError } from '@urql/core';

/**
 * A failed request as urql reports it, for form tests: GraphQL errors with the server's
 * extensions ('graphql'), or no answer at all ('network').
 */
export function failedRequest(
  kind: 'graphql' | 'network',
  message: string,
  graphQLErrors: { message: string; extensions?: Record<string, unknown> }[] = [],
  status?: number,
): CombinedError {
  const response = status === undefined ? undefined : { status };
  return kind === 'network'
    ? new CombinedError({ networkError: new Error(message), response })
    : new CombinedError({ graphQLErrors, response });
}
