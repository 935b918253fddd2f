import type { ApolloServerPlugin } from '@apollo/server';
import type { ActorCache } from './actor-cache';

/**
 * After a mutation of this process has committed, the requests that follow it here see its effect
 * on sessions and roles at once; the notification from PostgreSQL may arrive a moment later (other
 * processes rely on it).
 */
export function actorCacheAfterMutationsPlugin(cache: ActorCache): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') cache.invalidate();
        },
      };
    },
  };
}
