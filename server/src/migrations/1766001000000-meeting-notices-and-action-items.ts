import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17's mail and follow-up: each notice of a meeting sent to the arena (a later one is an
 * updated notice), the day-before reminder (a row per meeting and start, so it is sent once whatever
 * the number of instances, and again if the meeting is moved), and the progress of action items decided at meetings: done (by whom,
 * when) and which reminder mails their owner has had. Kept beside the decision, not in it: an
 * approved protocol is frozen, the work it assigned goes on.
 */
export class MeetingNoticesAndActionItems1766001000000 implements MigrationInterface {
  name = 'MeetingNoticesAndActionItems1766001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        recipient_count int NOT NULL,
        is_update boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX meeting_notice_meeting_idx ON meeting_notice (meeting_id, sent_at DESC)`);
    await db.query(`
      CREATE TABLE meeting_reminder (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        recipient_count int NOT NULL,
        PRIMARY KEY (meeting_id, starts_at)
      )`);
    // The reminder run looks for planned meetings starting within two days.
    await db.query(`CREATE INDEX meeting_planned_starts_idx ON meeting (starts_at) WHERE status = 'PLANNED'`);
    await db.query(`
      CREATE TABLE action_item_progress (
        decision_id uuid PRIMARY KEY REFERENCES meeting_decision(id) ON DELETE CASCADE,
        done_at timestamptz,
        done_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        due_soon_mailed_at timestamptz,
        overdue_mailed_at timestamptz
      )`);
    // The arena's action items and the reminder run both start from the action items.
    await db.query(
      `CREATE INDEX meeting_decision_action_item_idx ON meeting_decision (meeting_id) WHERE kind = 'ACTION_ITEM' AND retracted_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX meeting_decision_action_item_idx`);
    await db.query(`DROP TABLE action_item_progress`);
    await db.query(`DROP INDEX meeting_planned_starts_idx`);
    await db.query(`DROP TABLE meeting_reminder`);
    await db.query(`DROP TABLE meeting_notice`);
  }
}
