import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The approved protocol of a meeting (issue 17). A meeting names one or two adjusters (justerare);
 * when every one of them has approved, `protocol_approved_at` is set and the protocol is frozen.
 * `protocol_public` is staff's choice to publish the approved protocol to visitors too.
 */
export class MeetingProtocol1766000800000 implements MigrationInterface {
  name = 'MeetingProtocol1766000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meeting
      ADD COLUMN protocol_approved_at timestamptz,
      ADD COLUMN protocol_public boolean NOT NULL DEFAULT false`);
    await db.query(`
      CREATE TABLE meeting_adjuster (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        named_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        approved_at timestamptz,
        PRIMARY KEY (meeting_id, user_id)
      )`);
    await db.query(`CREATE INDEX meeting_adjuster_user_idx ON meeting_adjuster (user_id)`);
    // The archive: an arena's approved protocols, latest first.
    await db.query(`CREATE INDEX meeting_protocol_archive_idx ON meeting (arena_id, starts_at DESC, id DESC)
      WHERE protocol_approved_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX meeting_protocol_archive_idx`);
    await db.query(`DROP TABLE meeting_adjuster`);
    await db.query(`ALTER TABLE meeting DROP COLUMN protocol_public, DROP COLUMN protocol_approved_at`);
  }
}
