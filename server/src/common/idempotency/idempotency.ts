import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badInput } from '../graphql/errors';
import { IdempotencyKey } from './idempotency-key.entity';

export interface IdempotentCall<R> {
  operation: string;
  key: string | null;
  arenaId: string;
  /** The validated request, without its key. */
  request: unknown;
  /** Does the write and names the ids of what it created. */
  write: () => Promise<{ value: R; ids: Record<string, string> }>;
  /** Rebuilds the first result from its ids when the key has been seen. */
  replay: (ids: Record<string, string>) => Promise<R>;
}

/**
 * Runs a write at most once per key. Must be called inside the write's transaction: the key row is
 * inserted first, so a concurrent retry with the same key waits on it and then replays.
 */
export async function idempotent<R>(tx: EntityManager, call: IdempotentCall<R>): Promise<R> {
  if (!call.key) return (await call.write()).value;
  const requestHash = createHash('sha256').update(JSON.stringify(call.request)).digest('hex');
  const inserted: unknown[] = await tx.query(
    `INSERT INTO idempotency_key (operation, key, arena_id, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (operation, key) DO NOTHING RETURNING key`,
    [call.operation, call.key, call.arenaId, requestHash],
  );
  if (inserted.length === 0) {
    const first = await tx.getRepository(IdempotencyKey).findOneByOrFail({ operation: call.operation, key: call.key });
    if (first.requestHash !== requestHash || !first.result) throw badInput('idempotencyKey', 'idempotencyKeyReused');
    return call.replay(first.result);
  }
  const { value, ids } = await call.write();
  await tx.getRepository(IdempotencyKey).update({ operation: call.operation, key: call.key }, { result: ids });
  return value;
}
