import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A submission's client-generated key and what it produced. Written in the same transaction as
 * the submission itself, so a key exists exactly when its write was committed.
 */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  operation: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  /** SHA-256 of the request without its key: the same key with other content is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  /** Ids of what the first request created; null only inside the creating transaction. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
