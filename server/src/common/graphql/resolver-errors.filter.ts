import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';

/**
 * What a resolver throws goes to Apollo as it is, where formatGraphQLError answers it: errors made
 * for the client (bad input, not signed in, forbidden, not found) as they are, anything unexpected
 * logged once with its stack and answered INTERNAL_SERVER_ERROR, a database outage answered
 * SERVICE_UNAVAILABLE. Nest's default handler would also log every one of them as a server ERROR,
 * once per execution (a query that fails compiled by graphql-jit runs again through Apollo's own):
 * a typo in a filter looked like an outage, and an unexpected error was logged three times.
 * HTTP routes (/health, the web app) keep Nest's default handling.
 */
@Catch()
export class ResolverErrorsFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') throw error;
    return super.catch(error, host);
  }
}
