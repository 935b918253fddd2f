import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Client-generated keys of submissions, so a retried request writes nothing new. */
export class IdempotencyKeys1764000100000 implements MigrationInterface {
  name = 'IdempotencyKeys1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_key (
        operation varchar(40) NOT NULL,
        key varchar(100) NOT NULL,
        arena_id uuid NOT NULL,
        request_hash char(64) NOT NULL,
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (operation, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_key`);
  }
}
