import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Arena meetings and their agendas (issue 17). `sequence` counts the changes a calendar must see
 * (iCalendar SEQUENCE); agenda items keep their order in `position` among their siblings, and a
 * sub-item names its parent (one level deep, checked by the service).
 */
export class Meetings1766000500000 implements MigrationInterface {
  name = 'Meetings1766000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id),
        title text NOT NULL,
        description text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        place text,
        online_url text,
        capacity integer CHECK (capacity > 0),
        status varchar(20) NOT NULL DEFAULT 'PLANNED',
        cancel_reason text,
        sequence integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Upcoming lists read forwards and past lists backwards from now: one index serves both.
    await db.query(`CREATE INDEX meeting_arena_starts_idx ON meeting (arena_id, starts_at, id)`);
    await db.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES agenda_item(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        description text,
        duration_minutes integer NOT NULL CHECK (duration_minutes >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position)`);
    await db.query(`
      CREATE TABLE agenda_item_object (
        item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        object_id uuid NOT NULL REFERENCES infrastructure_object(id),
        position integer NOT NULL,
        PRIMARY KEY (item_id, object_id)
      )`);
    await db.query(`CREATE INDEX agenda_item_object_object_idx ON agenda_item_object (object_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agenda_item_object`);
    await db.query(`DROP TABLE agenda_item`);
    await db.query(`DROP TABLE meeting`);
  }
}
