import { createHash } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { query, type Sql, sql } from '../database/sql';
import { badInput } from '../graphql/errors';
import { IdempotencyKey } from './idempotency-key.entity';

export interface IdempotentCall<R> {
  operation: string;
  key: string | null;
  arenaId: string;
  /** The validated request, without its key. */
  request: unknown;
  /** The ids the write will give what it creates, chosen before it runs: stored with the key at once. */
  ids: Record<string, string>;
  /** Does the write, creating rows with `ids`. */
  write: () => Promise<R>;
  /** Rebuilds the first result from its ids when the key has been seen. */
  replay: (ids: Record<string, string>) => Promise<R>;
}

/**
 * Runs a write at most once per key. Must be called inside the write's transaction: the key row,
 * with the ids of what the write creates, is inserted first, so a concurrent retry with the same
 * key waits on it and then replays; the row commits or rolls back with the write.
 */
export async function idempotent<R>(tx: EntityManager, call: IdempotentCall<R>): Promise<R> {
  if (!call.key) return call.write();
  const requestHash = requestHashOf(call.request);
  const inserted = await query(tx, claimKeyStatement(call.operation, call.key, call.arenaId, requestHash, call.ids));
  if (inserted.length === 0) return call.replay(await firstResult(tx, call.operation, call.key, requestHash));
  return call.write();
}

/** Stores a key with the ids its write will create; no row when the key was seen (a concurrent claim waits for the other's commit). */
export function claimKeyStatement(operation: string, key: string, arenaId: string, requestHash: string, ids: Record<string, string>): Sql {
  return sql`INSERT INTO idempotency_key (operation, key, arena_id, request_hash, result) VALUES (${operation}, ${key}, ${arenaId}, ${requestHash}, ${ids})
     ON CONFLICT (operation, key) DO NOTHING RETURNING key`;
}

/** What identifies a request's content under its key. */
export function requestHashOf(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** The ids the first request with this key created; refused when the key came with other content. */
export async function firstResult(db: EntityManager, operation: string, key: string, requestHash: string): Promise<Record<string, string>> {
  const first = await db.getRepository(IdempotencyKey).findOneByOrFail({ operation, key });
  if (first.requestHash !== requestHash || !first.result) throw badInput('idempotencyKey', 'idempotencyKeyReused');
  return first.result;
}
