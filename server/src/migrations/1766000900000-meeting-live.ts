import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live mode of a meeting (issue 17): the agenda item staff present, and a notification on the
 * meeting's channel whenever a meeting row changes. Every write of a meeting (agenda, attendance,
 * minutes, decisions, presenting) touches its row in the same transaction, so one trigger here
 * announces them all, at commit and on every instance (MeetingChangeFeed listens). The payload is
 * the meeting's id only: what a subscriber is sent is read again with their own access.
 */
export class MeetingLive1766000900000 implements MigrationInterface {
  name = 'MeetingLive1766000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE meeting ADD COLUMN presented_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL`);
    await db.query(`
      CREATE FUNCTION meeting_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('flaskhals_meeting_changed', NEW.id::text);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER meeting_changed_notify AFTER UPDATE ON meeting
      FOR EACH ROW EXECUTE FUNCTION meeting_changed_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER meeting_changed_notify ON meeting`);
    await db.query(`DROP FUNCTION meeting_changed_notify()`);
    await db.query(`ALTER TABLE meeting DROP COLUMN presented_item_id`);
  }
}
