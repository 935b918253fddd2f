import { type GraphQLSchema, isObjectType } from 'graphql';

/**
 * NestJS gives every field of a code-first object type its own resolver that only reads the
 * property of the same name. A field without a resolver means the same to GraphQL, and
 * graphql-jit then compiles a plain property read instead of a function call with resolve info
 * per field and row: for a page of 500 objects that is thousands of calls per request. Only
 * Nest's own property readers without a default value are removed; real resolvers
 * (@ResolveField, field middleware) stay.
 */
export function withPlainFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === 'rootFieldResolver' && field.resolve({}, {}, undefined, undefined as never) === undefined)
        field.resolve = undefined;
    }
  }
  return schema;
}
