import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

function children(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

/**
 * The names of the fields a query selects at a path below the current field (through aliases,
 * fragments and @include/@skip), e.g. ['edges', 'node'] of a connection: so a resolver reads only
 * the columns that are asked for.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const root = parseResolveInfo(info) as ResolveTree | null;
  let level = root ? [root] : [];
  for (const name of path) level = level.flatMap(children).filter((field) => field.name === name);
  return new Set(level.flatMap(children).map((field) => field.name));
}

/**
 * The root fields an operation asks for, by name (null for a fragment at the root, which callers
 * treat as unknown): e.g. which mutations one request runs.
 */
export function rootFieldNames(operation: OperationDefinitionNode): (string | null)[] {
  return operation.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : null));
}
