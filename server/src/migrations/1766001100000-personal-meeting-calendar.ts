import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal meeting calendars (issue 17): one secret feed URL per person, of which only the
 * SHA-256 of the token is kept (a leaked database gives no working URL). Renewing replaces the
 * row, so the old URL stops working at once. The feed finds a person's registrations by user.
 */
export class PersonalMeetingCalendar1766001100000 implements MigrationInterface {
  name = 'PersonalMeetingCalendar1766001100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_calendar_token (
        user_id uuid PRIMARY KEY REFERENCES user_account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX meeting_registration_user_idx ON meeting_registration (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX meeting_registration_user_idx`);
    await db.query(`DROP TABLE personal_calendar_token`);
  }
}
