import { type ReactNode, useEffect, useState } from 'react';
import { type Client, Provider } from 'urql';

import { createGraphQLClient } from './client';

/**
 * Gives the app its GraphQL client: one per mounted app (tests pass their own). The client's
 * socket, if a subscription opened one, closes with the app.
 */
export function GraphQLProvider({ client, children }: { client?: Client; children: ReactNode }) {
  const [own] = useState(() => (client ? undefined : createGraphQLClient()));
  useEffect(() => () => own?.dispose(), [own]);
  return <Provider value={client ?? own!.client}>{children}</Provider>;
}
