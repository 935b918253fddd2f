import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a meeting records as it goes (issue 17): who attended, the minutes of each agenda item, and
 * the decisions under each item. A decision is never deleted: one recorded by mistake is retracted,
 * with who, when and why, and the retraction shows in the protocol.
 */
export class MeetingRecords1766000600000 implements MigrationInterface {
  name = 'MeetingRecords1766000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_attendee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        name text NOT NULL,
        organization_name text,
        recorded_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX meeting_attendee_person_key ON meeting_attendee (meeting_id, user_id) WHERE user_id IS NOT NULL`);
    await db.query(`CREATE INDEX meeting_attendee_meeting_idx ON meeting_attendee (meeting_id, name)`);
    await db.query(`ALTER TABLE agenda_item ADD COLUMN minutes text, ADD COLUMN minutes_updated_at timestamptz`);
    await db.query(`
      CREATE TABLE meeting_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES agenda_item(id),
        kind varchar(30) NOT NULL,
        object_id uuid REFERENCES infrastructure_object(id),
        data jsonb NOT NULL DEFAULT '{}',
        text text,
        recorded_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        retracted_at timestamptz,
        retracted_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        retract_reason text
      )`);
    await db.query(`CREATE INDEX meeting_decision_meeting_idx ON meeting_decision (meeting_id, recorded_at)`);
    await db.query(`CREATE INDEX meeting_decision_object_idx ON meeting_decision (object_id) WHERE object_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meeting_decision`);
    await db.query(`ALTER TABLE agenda_item DROP COLUMN minutes, DROP COLUMN minutes_updated_at`);
    await db.query(`DROP TABLE meeting_attendee`);
  }
}
