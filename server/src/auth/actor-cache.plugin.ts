import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';

import { rootFieldNames } from '../common/graphql/selection';
import type { ActorCache } from './actor-cache';

/**
 * Put on a mutation with @Extensions: it writes no session, user or role, so its response need
 * not clear the cached actors. Unmarked mutations clear them (the safe default for new ones).
 */
export const LEAVES_ACTORS_ALONE = { leavesActorsAlone: true } as const;

/**
 * After a mutation of this process has committed, the requests that follow it here see its effect
 * on sessions and roles at once; the notification from PostgreSQL may arrive a moment later (other
 * processes rely on it). Mutations marked LEAVES_ACTORS_ALONE (reports, supports) keep the cache:
 * otherwise every report would make every user's next request look its session up again.
 */
export function actorCacheAfterMutationsPlugin(cache: ActorCache): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, schema }) {
          if (operation?.operation !== 'mutation') return;
          if (!rootFieldNames(operation).every((name) => name !== null && leavesActorsAlone(schema, name))) cache.invalidate();
        },
      };
    },
  };
}

function leavesActorsAlone(schema: GraphQLSchema, mutation: string): boolean {
  return schema.getMutationType()?.getFields()[mutation]?.extensions?.leavesActorsAlone === true;
}
