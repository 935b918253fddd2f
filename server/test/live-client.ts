import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export const OBJECT_CHANGED = `
  subscription Changed($arenaId: ID!) {
    objectChanged(arenaId: $arenaId) {
      id name reportCount organizationCount categories
      totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear }
    }
  }`;

export interface LiveSubscriber {
  /** Every objectChanged received so far, oldest first. */
  events: Record<string, any>[];
  errors: unknown[];
  /** Resolves with the first event (already received or coming) that passes `match`. */
  next(match: (object: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  close(): Promise<void>;
}

/** A WebSocket that sends the session cookie (and an Origin) with its upgrade request, as a browser would. */
function webSocketWith(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

/** Opens a graphql-ws connection to `baseUrl`/graphql and resolves once the server acknowledged it. */
export async function connectLive(baseUrl: string, options: { cookie?: string | null; origin?: string } = {}): Promise<Client> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.Cookie = options.cookie;
  if (options.origin) headers.Origin = options.origin;
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: webSocketWith(headers),
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
  await new Promise<void>((resolve, reject) => {
    const offConnected = client.on('connected', () => (offConnected(), offClosed(), resolve()));
    const offClosed = client.on('closed', (event) => (offConnected(), offClosed(), reject(Object.assign(new Error('closed'), { event }))));
  });
  return client;
}

/** Subscribes to objectChanged of an arena and collects what arrives. */
export function subscribeObjectChanged(client: Client, arenaId: string, query = OBJECT_CHANGED): LiveSubscriber {
  const events: Record<string, any>[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const unsubscribe = client.subscribe<{ objectChanged: Record<string, any> }>(
    { query, variables: { arenaId } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data?.objectChanged) events.push(result.data.objectChanged);
        for (const wake of waiters) wake();
      },
      error: (error) => {
        // An Error (a closed socket) stringifies to {}: keep its message.
        errors.push(error instanceof Error ? { message: error.message } : error);
        for (const wake of waiters) wake();
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    next: (match, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `No matching objectChanged within ${timeoutMs} ms; received ${JSON.stringify(events)}; errors ${JSON.stringify(errors)}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: async () => {
      unsubscribe();
    },
  };
}
