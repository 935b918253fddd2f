import type { IncomingMessage } from 'node:http';

import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError, specifiedRules, validate, type ValidationRule } from 'graphql';
import type { Context as WsContext, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';

import { ANONYMOUS } from '../access';
import { SESSION_COOKIE } from '../auth';
import type { AppConfig } from '../common/config/config';
import { formatGraphQLError } from '../common/graphql/errors';
import type { GraphQLContext, Loaders } from '../graphql-context';

/** What graphql-ws hands the context function: the connection, with its HTTP upgrade request. */
export type LiveConnection = WsContext<Record<string, unknown> | undefined, Extra>;

/** A subscription's context: the session token of the upgrade request, resolved anew per event. */
export interface LiveContext extends GraphQLContext {
  live: { sessionToken: string | null };
}

export function isLiveConnection(input: object): input is LiveConnection {
  return 'extra' in input && 'subscriptions' in input;
}

/** The session cookie of the upgrade request: the same cookie the HTTP requests carry. */
export function sessionTokenOf(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim()) || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The context of one subscription. Who the subscriber is gets decided per event in the resolver
 * (a sign-out ends the members' view at the next event); until the first event it is a visitor.
 * A WebSocket has no Express request or response: nothing reachable from a subscription uses them.
 */
export function liveContext(connection: LiveConnection, loaders: Loaders): LiveContext {
  const request = connection.extra.request;
  return {
    req: request as unknown as Request,
    res: undefined as unknown as Response,
    actor: ANONYMOUS,
    loaders,
    live: { sessionToken: sessionTokenOf(request) },
  };
}

/** Queries and mutations go over HTTP, where the rate limits, CSRF prevention and plugins apply. */
const onlySubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(
        new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations as HTTP POST to /graphql.', {
          nodes: [node],
          extensions: { code: 'BAD_REQUEST' },
        }),
      );
    }
  },
});

/**
 * A browser sends its cookie with a WebSocket to any site's page that opens one: only pages of
 * Flaskhals itself (same host) or of the configured CORS origins may connect with it. Clients
 * that are not browsers send no Origin.
 */
function originAllowed(request: IncomingMessage, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (config.corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Open subscription sockets, with the HTTP server that upgraded each (see closeLiveConnections). */
const openSockets = new Map<WebSocket, unknown>();

function track({ socket, request }: Extra): void {
  // Node sets `server` on every socket a net.Server accepts; it is not in the type declarations.
  openSockets.set(socket, (request.socket as unknown as { server?: unknown }).server);
  socket.once('close', () => openSockets.delete(socket));
}

/** Long enough for a client to answer the close frame; then the socket is cut. */
const CLOSE_GRACE_MS = 1_000;

/**
 * Ends the subscriptions of an HTTP server that is about to stop: server.close() waits for every
 * open connection, and a subscriber's socket would hold it open for ever. Clients are told
 * "going away" (1001) and reconnect, to another instance behind a load balancer.
 */
export function closeLiveConnections(server: unknown): void {
  for (const [socket, of] of openSockets) {
    if (of !== server) continue;
    socket.close(1001, 'Server is stopping');
    setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
  }
}

/**
 * The `subscriptions` option of the GraphQL module: graphql-ws on the same path as HTTP
 * (/graphql), with the HTTP side's limits on depth, cost and size (`limits`).
 */
export function liveSubscriptions(
  config: AppConfig,
  limits: readonly ValidationRule[] | undefined,
): { 'graphql-ws': GraphQLWsSubscriptionsConfig } {
  const rules = [...specifiedRules, ...(limits ?? []), onlySubscriptions];
  const options: Pick<ServerOptions<Record<string, unknown> | undefined, Extra>, 'onConnect' | 'validate' | 'onNext' | 'onError'> = {
    onConnect: (ctx) => {
      if (!originAllowed(ctx.extra.request, config)) return false;
      track(ctx.extra);
      return true;
    },
    validate: (schema, document) => validate(schema, document, rules),
    // Errors as HTTP answers them: client errors as they are, anything unexpected hidden and logged.
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((e) => formatGraphQLError(e.toJSON(), e)) } : undefined,
    onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatGraphQLError(e.toJSON(), e)),
  };
  // Nest hands every graphql-ws option to useServer (GqlSubscriptionService spreads them), though
  // its type names only some: `validate` is one it leaves out.
  return { 'graphql-ws': options as GraphQLWsSubscriptionsConfig };
}
