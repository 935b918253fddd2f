import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merges of duplicate objects (issue 15): one row per merge with the ids of every row it moved,
 * so an undo moves exactly those back. The totals need no change: the UPDATE triggers of report
 * and support (1764000600000) refresh the objects of both the old and the new rows, so moving
 * object_id refreshes the duplicate and the kept object alike (merges/merges.test.ts checks it).
 */
export class ObjectMerges1765000400000 implements MigrationInterface {
  name = 'ObjectMerges1765000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE object_merge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id),
        kept_id uuid NOT NULL REFERENCES infrastructure_object(id),
        duplicate_id uuid NOT NULL REFERENCES infrastructure_object(id),
        duplicate_status varchar(20) NOT NULL,
        duplicate_previous_status varchar(20),
        moved jsonb NOT NULL DEFAULT '{}',
        reason text,
        merged_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        merged_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        undone_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        undone_at timestamptz
      )`);
    await db.query(`CREATE INDEX object_merge_kept_idx ON object_merge (kept_id, merged_at)`);
    await db.query(`CREATE INDEX object_merge_duplicate_idx ON object_merge (duplicate_id, merged_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE object_merge`);
  }
}
