import type { ApolloServerPlugin } from '@apollo/server';

import { rootFieldNames } from '../common/graphql/selection';
import type { GraphQLContext } from '../graphql-context';
import type { RateLimits } from './rate-limits';

/** Mutations with a stricter limit of their own (per address and e-mail, see RateLimits). */
const OWN_LIMIT = new Set(['signIn', 'requestPasswordReset']);

/** Counts every mutation against its user (or its address when signed out) before it runs. */
export function mutationRateLimitPlugin(limits: RateLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          if (rootFieldNames(operation).every((name) => name !== null && OWN_LIMIT.has(name))) return;
          const actor = contextValue.actor;
          await limits.consumeMutation(actor.user ? `user:${actor.user.id}` : `ip:${contextValue.req.ip ?? 'unknown'}`);
        },
      };
    },
  };
}
