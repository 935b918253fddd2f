import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The triage workflow (issue 15): statuses and planning stage as two dimensions, an object's history
 * (`object_event`), the secretariat's queue, and live announcements of changes that do not touch
 * the totals.
 */
export class TriageWorkflow1765000000000 implements MigrationInterface {
  name = 'TriageWorkflow1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE infrastructure_object
      ADD COLUMN planning_stage varchar(30) NOT NULL DEFAULT 'NONE',
      ADD COLUMN previous_status varchar(20),
      ADD COLUMN duplicate_of uuid REFERENCES infrastructure_object(id),
      ADD COLUMN triage_pending_since timestamptz`);
    // PLANNED and IN_PROGRESS were planning stages in disguise (shared/src/workflow.ts).
    await db.query(`UPDATE infrastructure_object SET status = 'PRIORITIZED', planning_stage = 'IN_REGIONAL_PLAN' WHERE status = 'PLANNED'`);
    await db.query(
      `UPDATE infrastructure_object SET status = 'PRIORITIZED', planning_stage = 'UNDER_CONSTRUCTION' WHERE status = 'IN_PROGRESS'`,
    );
    // Objects whose every report is withdrawn stop being active (restorable to the status they had).
    await db.query(`UPDATE infrastructure_object o SET previous_status = o.status, status = 'INACTIVE'
      WHERE EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id AND r.withdrawn_at IS NULL)`);
    await db.query(`CREATE INDEX infrastructure_object_triage_idx ON infrastructure_object (arena_id, triage_pending_since, id)
      WHERE triage_pending_since IS NOT NULL`);
    await db.query(
      `CREATE INDEX infrastructure_object_duplicate_of_idx ON infrastructure_object (duplicate_of) WHERE duplicate_of IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE object_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id),
        object_id uuid NOT NULL REFERENCES infrastructure_object(id),
        kind varchar(40) NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        organization_id uuid REFERENCES organization(id),
        report_id uuid REFERENCES report(id),
        by_staff boolean NOT NULL DEFAULT false,
        visibility varchar(20) NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX object_event_object_idx ON object_event (object_id, at, id)`);
    await db.query(`CREATE INDEX object_event_arena_idx ON object_event (arena_id, at)`);
    await db.query(`CREATE INDEX object_event_report_idx ON object_event (report_id) WHERE report_id IS NOT NULL`);
    // The history of what was there before: reports, supports and withdrawals.
    await db.query(`INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility, data)
      SELECT arena_id, object_id, 'REPORTED', created_at, organization_id, id, visibility, jsonb_build_object('title', title) FROM report`);
    await db.query(`INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility, data)
      SELECT r.arena_id, r.object_id, 'REPORT_WITHDRAWN', r.withdrawn_at, r.organization_id, r.id, r.visibility, jsonb_build_object('title', r.title)
        FROM report r WHERE r.withdrawn_at IS NOT NULL`);
    await db.query(`INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility, data)
      SELECT s.arena_id, s.object_id, 'SUPPORTED', s.created_at, s.organization_id, s.report_id, r.visibility, '{}'
        FROM support s JOIN report r ON r.id = s.report_id`);

    // When a staff member last opened the triage queue of an arena: what is newer is marked new for them.
    await db.query(`
      CREATE TABLE triage_visit (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        seen_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, arena_id)
      )`);

    // Status, facts and merges change what a map shows without touching the totals: announce them too.
    await db.query(`
      CREATE FUNCTION notify_object_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('flaskhals_object_changed', n.arena_id || ':' || n.id)
           FROM new_rows n JOIN old_rows d ON d.id = n.id
          WHERE (n.status, n.name, n.kind, n.geometry, n.modes, n.planning_stage, n.municipality)
                IS DISTINCT FROM (d.status, d.name, d.kind, d.geometry, d.modes, d.planning_stage, d.municipality);
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER infrastructure_object_changed AFTER UPDATE ON infrastructure_object
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_object_rows_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER infrastructure_object_changed ON infrastructure_object`);
    await db.query(`DROP FUNCTION notify_object_rows_changed()`);
    await db.query(`DROP TABLE triage_visit`);
    await db.query(`DROP TABLE object_event`);
    await db.query(`UPDATE infrastructure_object SET status = previous_status WHERE status IN ('INACTIVE', 'DUPLICATE')`);
    await db.query(`ALTER TABLE infrastructure_object DROP COLUMN triage_pending_since, DROP COLUMN duplicate_of,
      DROP COLUMN previous_status, DROP COLUMN planning_stage`);
  }
}
