import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations for meetings (issue 17). Who has a seat is not stored: the first `capacity`
 * registrations by time have one and the rest wait in that order, so a cancellation moves the
 * waiting list up by itself and two registrations at once can never both take the last seat.
 */
export class MeetingRegistrations1766000700000 implements MigrationInterface {
  name = 'MeetingRegistrations1766000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_registration (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        registered_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (meeting_id, user_id)
      )`);
    await db.query(`CREATE INDEX meeting_registration_order_idx ON meeting_registration (meeting_id, registered_at, user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meeting_registration`);
  }
}
