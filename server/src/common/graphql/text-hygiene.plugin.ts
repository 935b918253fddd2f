import type { ApolloServerPlugin } from '@apollo/server';
import { noNul } from '@flaskhals/shared';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, type ValueNode, visit } from 'graphql';

import { badInput } from './errors';

/**
 * Every text an operation carries — literal arguments and the variables they use, at any depth —
 * gets the hygiene the report input has (shared/src/text.ts): no NUL, which PostgreSQL's text
 * cannot hold, and no half of a surrogate pair, which jsonb refuses. Checked once for every
 * operation before any resolver runs, so no argument of any query or mutation reaches the database
 * with one: the answer is BAD_USER_INPUT naming the field (`invalidCharacters`), as the report's.
 *
 * Fields are named as the services name theirs: inside an `input` argument relative to it
 * (`problem`, `newObject.name`), elsewhere from the argument (`slug`, `filter.search`).
 */
export function textHygienePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const field = firstUnstorableText(operation, document, request.variables ?? {});
          if (field === null) return;
          // Before execution Apollo answers a thrown error with 500 unless it says otherwise: this
          // is the client's, answered 400 as Apollo answers an invalid variable.
          const refused = badInput(field, 'invalidCharacters');
          throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}

/** The path of the first text argument that cannot be stored, or null when all can. */
export function firstUnstorableText(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): string | null {
  let found: string | null = null;
  // Fragments the operation does not use fail validation before this runs, so all of them count.
  const nodes: ASTNode[] = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const node of nodes) {
    visit(node, {
      Argument(argument) {
        if (found !== null) return false;
        const path = argument.name.value === 'input' ? [] : [argument.name.value];
        const at = inLiteral(argument.value, path, variables);
        found = at === '' ? argument.name.value : at;
        return false;
      },
    });
    if (found !== null) break;
  }
  return found;
}

function inLiteral(value: ValueNode, path: string[], variables: Record<string, unknown>): string | null {
  switch (value.kind) {
    case Kind.STRING:
      return noNul(value.value) ? null : fieldName(path);
    case Kind.VARIABLE:
      return inJson(variables[value.name.value], path);
    case Kind.LIST:
      for (const [index, item] of value.values.entries()) {
        const found = inLiteral(item, [...path, String(index)], variables);
        if (found !== null) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = inLiteral(field.value, [...path, field.name.value], variables);
        if (found !== null) return found;
      }
      return null;
    default:
      return null;
  }
}

function inJson(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return noNul(value) ? null : fieldName(path);
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = inJson(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

const fieldName = (path: string[]) => path.join('.');
