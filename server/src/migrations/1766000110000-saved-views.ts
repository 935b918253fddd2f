import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved views (issue 16): a user's filters and map extent under a name, private or shared with the
 * arena. `view` holds what the map URL holds (shared/src/saved-views.ts validates it).
 */
export class SavedViews1766000110000 implements MigrationInterface {
  name = 'SavedViews1766000110000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE saved_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        shared boolean NOT NULL DEFAULT false,
        view jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The menu's list: the user's own views and the arena's shared ones, by name.
    await db.query(`CREATE INDEX saved_view_owner_idx ON saved_view (arena_id, owner_id, name, id)`);
    await db.query(`CREATE INDEX saved_view_shared_idx ON saved_view (arena_id, name, id) WHERE shared`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_view`);
  }
}
