import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The arena's priority list (issue 18, server/src/priorities/): the working list staff keep
 * (priority_entry, with every change in priority_change: who, when, why), its size for proposals
 * from the score ranking, and the versions meetings adopted (priority_version, frozen with their
 * entries). A version belongs to the decision that adopted it; a retracted decision withdraws its
 * version (withdrawn_at), whose number is then never reused.
 */
export class PriorityList1766001400000 implements MigrationInterface {
  name = 'PriorityList1766001400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE priority_list (
        arena_id uuid PRIMARY KEY REFERENCES arena(id) ON DELETE CASCADE,
        size smallint NOT NULL DEFAULT 20 CHECK (size BETWEEN 1 AND 100),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE priority_entry (
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        rank smallint NOT NULL CHECK (rank >= 1),
        object_id uuid NOT NULL REFERENCES infrastructure_object(id) ON DELETE CASCADE,
        PRIMARY KEY (arena_id, rank),
        UNIQUE (arena_id, object_id)
      )`);
    await db.query(`
      CREATE TABLE priority_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL,
        object_id uuid REFERENCES infrastructure_object(id) ON DELETE CASCADE,
        from_rank smallint,
        to_rank smallint,
        reason text,
        changed_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX priority_change_arena_idx ON priority_change (arena_id, changed_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE priority_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        number integer NOT NULL,
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES agenda_item(id),
        item_number varchar(20) NOT NULL,
        -- Deferred: the version is written while its decision is applied, before the decision's row.
        decision_id uuid NOT NULL UNIQUE REFERENCES meeting_decision(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        adopted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        withdrawn_at timestamptz,
        UNIQUE (arena_id, number)
      )`);
    await db.query(`CREATE INDEX priority_version_adopted_idx ON priority_version (arena_id, number DESC) WHERE withdrawn_at IS NULL`);
    await db.query(`
      CREATE TABLE priority_version_entry (
        version_id uuid NOT NULL REFERENCES priority_version(id) ON DELETE CASCADE,
        rank smallint NOT NULL,
        object_id uuid NOT NULL REFERENCES infrastructure_object(id) ON DELETE CASCADE,
        PRIMARY KEY (version_id, rank),
        UNIQUE (version_id, object_id)
      )`);
    await db.query(`CREATE INDEX priority_version_entry_object_idx ON priority_version_entry (object_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE priority_version_entry`);
    await db.query(`DROP TABLE priority_version`);
    await db.query(`DROP TABLE priority_change`);
    await db.query(`DROP TABLE priority_entry`);
    await db.query(`DROP TABLE priority_list`);
  }
}
