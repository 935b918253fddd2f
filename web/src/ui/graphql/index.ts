/** The app's GraphQL access: urql with typed documents from src/gql, subscriptions over graphql-ws. */
export { createGraphQLClient, GRAPHQL_PATH, subscriptionUrl } from './client';
export {
  CombinedError,
  dataOrThrow,
  describeRateLimit,
  describeRequestFailure,
  errorCode,
  fieldErrorsOf,
  retryAfterSeconds,
} from './errors';
export { GraphQLProvider } from './GraphQLProvider';
export { type QueryOptions, type QueryState, type SubscriptionState, useMutation, useQuery, useSubscription } from './hooks';
export { newIdempotencyKey } from './idempotency';
export { usePaged } from './usePaged';
