import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SelectQueryBuilder } from 'typeorm';

import { badInput } from './errors';
import { isUuid } from './ids';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for a node type: edges, pageInfo and totalCount. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw badInput(field, 'tooLarge', { max: MAX_PAGE_SIZE });
  return size;
}

/** Cursors are opaque to clients: the sort key of the last row, base64url-encoded. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number, field = 'after'): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((v) => typeof v === 'string' || typeof v === 'number')) return key;
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'invalidCursor');
}

/** A keyset cursor of (timestamp, id), the shape of every newest- or oldest-first list: both parts checked before they reach SQL. */
export function decodeTimeCursor(cursor: string | null | undefined, field = 'after'): [string, string] | null {
  const key = decodeCursor(cursor, 2, field);
  if (!key) return null;
  if (Number.isNaN(Date.parse(String(key[0]))) || !isUuid(key[1])) throw badInput(field, 'invalidCursor');
  return [String(key[0]), key[1]];
}

/** An edge whose cursor is encoded only if the query asks for it (the map's list of 500 does not). */
class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly keyOf: (row: T) => unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.keyOf(this.node));
  }
}

/** Builds a connection from rows fetched with limit size + 1 (the extra row tells hasNextPage). */
export function toConnection<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => unknown[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => new LazyEdge(node, keyOf));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * A timestamp as PostgreSQL prints it, to the microsecond, for keyset cursors: a JavaScript Date
 * would drop the microseconds, and rows written in one transaction share the same timestamp.
 */
export function timestampCursorSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Newest-first keyset page over (timestamp, id) of a query builder aliased `alias`. */
export async function newestFirstPage<T extends { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<T>> {
  const size = pageSize(first);
  const cursor = decodeCursor(after, 2);
  if (cursor && (!ISO_MICROS.test(String(cursor[0])) || !isUuid(cursor[1]))) throw badInput('after', 'invalidCursor');
  const totalCount = await query.getCount();
  const at = timestampCursorSql(`${alias}.${column}`);
  query.addSelect(at, 'cursor_at');
  if (cursor)
    query.andWhere(`(${alias}.${column}, ${alias}.id) < (:cursorAt::timestamptz, :cursorId::uuid)`, {
      cursorAt: cursor[0],
      cursorId: cursor[1],
    });
  const { entities, raw } = await query
    .orderBy(`${alias}.${column}`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(size + 1)
    .getRawAndEntities<{ cursor_at: string }>();
  const times = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
  return toConnection(entities, size, totalCount, (e) => [times.get(e.id), e.id]);
}

const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
