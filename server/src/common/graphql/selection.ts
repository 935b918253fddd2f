import type { GraphQLResolveInfo } from 'graphql';
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
