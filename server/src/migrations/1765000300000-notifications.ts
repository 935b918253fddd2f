import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following objects, notifications (the bell and e-mail), each person's e-mail choice, and area
 * alerts (server/src/notifications/). Plain SQL tables without entities, as triage_visit: the
 * notifications module reads and writes them with its own statements only.
 */
export class Notifications1765000300000 implements MigrationInterface {
  name = 'Notifications1765000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE object_follow (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        object_id uuid NOT NULL REFERENCES infrastructure_object(id) ON DELETE CASCADE,
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, object_id)
      )`);
    // The fan-out reads an object's followers; "what I follow" pages by the user's newest follows.
    await db.query(`CREATE INDEX object_follow_object_idx ON object_follow (object_id)`);
    await db.query(`CREATE INDEX object_follow_user_idx ON object_follow (user_id, created_at, object_id)`);

    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        object_id uuid NOT NULL REFERENCES infrastructure_object(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES object_event(id) ON DELETE CASCADE,
        reason varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        -- SENT (mailed at once, or in a digest), DIGEST (waits for the next daily digest), NONE (not mailed).
        email_state varchar(10) NOT NULL,
        UNIQUE (user_id, event_id)
      )`);
    await db.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at, id)`);
    await db.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await db.query(`CREATE INDEX notification_digest_idx ON notification (created_at) WHERE email_state = 'DIGEST'`);

    await db.query(`
      CREATE TABLE notification_setting (
        user_id uuid PRIMARY KEY REFERENCES user_account(id) ON DELETE CASCADE,
        email_frequency varchar(10) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // An area as PostgreSQL's own polygon type: its && (overlaps) needs no PostGIS.
    await db.query(`
      CREATE TABLE area_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        area jsonb,
        area_polygon polygon,
        municipalities text[] NOT NULL DEFAULT '{}',
        categories varchar(40)[] NOT NULL DEFAULT '{}',
        kinds varchar(40)[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (area_polygon IS NOT NULL OR cardinality(municipalities) > 0)
      )`);
    await db.query(`CREATE INDEX area_alert_arena_idx ON area_alert (arena_id)`);
    await db.query(`CREATE INDEX area_alert_user_idx ON area_alert (user_id, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE area_alert`);
    await db.query(`DROP TABLE notification_setting`);
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE object_follow`);
  }
}
