import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors made for the client (bad input, not signed in, forbidden, not found) go to it as they
 * are. Without this filter Nest's default handler logged each one as a server ERROR with its stack,
 * twice for a query (graphql-jit, then Apollo's own execution): a typo in a filter looked like an
 * outage in the logs. Anything else still reaches the default handler and formatGraphQLError.
 */
@Catch(GraphQLError)
export class ClientErrorsFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): never {
    throw error;
  }
}
