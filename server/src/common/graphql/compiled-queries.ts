import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** How many distinct query documents keep their compiled form (the app sends a few dozen). */
const CACHE_SIZE = 500;

/**
 * Runs queries with graphql-jit: each document is compiled once into a plain function, which
 * completes a list of 500 objects several times faster than graphql-js walks it field by field.
 * Only queries, and only answers without errors: when a compiled query reports an error, or a
 * document cannot be compiled, the query runs again through Apollo's own execution, so errors
 * keep exactly the format, codes and HTTP status the API documents. (Running a query twice
 * changes nothing; mutations always run once, through Apollo.)
 */
export function compiledQueriesPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  const compiled = new Map<string, CompiledQuery | null>();
  const compile = (ctx: GraphQLRequestContextResponseForOperation<TContext>): CompiledQuery | null => {
    const key = `${ctx.operationName ?? ''}\n${ctx.source}`;
    if (compiled.has(key)) return compiled.get(key)!;
    const result = compileQuery(ctx.schema, ctx.document, ctx.operationName ?? undefined);
    const query = isCompiledQuery(result) ? result : null;
    if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, query);
    return query;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx) {
          if (ctx.operation.operation !== 'query') return null;
          const query = compile(ctx);
          if (!query) return null;
          const result = await query.query(undefined, ctx.contextValue, ctx.request.variables ?? {});
          if (result.errors?.length) return null;
          return { http: ctx.response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
