/** The app's GraphQL access: urql with typed documents from src/gql, subscriptions over graphql-ws. */
export { createGraphQLClient, subscriptionUrl, GRAPHQL_PATH } from './client';
export { GraphQLProvider } from './GraphQLProvider';
export { useMutation, useQuery, useSubscription, type QueryOptions, type QueryState, type SubscriptionState } from './hooks';
export { CombinedError, dataOrThrow, describeRateLimit, describeRequestFailure, errorCode, fieldErrorsOf, retryAfterSeconds } from './errors';
export { newIdempotencyKey } from './idempotency';
export { usePaged } from './usePaged';
