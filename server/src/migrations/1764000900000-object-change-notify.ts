import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change of an object's totals (a report, a support, a withdrawal, whoever writes it: the
 * app, the seed or plain SQL) notifies the server processes, which push it to the subscribers of
 * `objectChanged` (server/src/live/). The payload is ids only, "arenaId:objectId", far below
 * pg_notify's 8,000-byte limit; each subscriber re-reads the object with its own access.
 * NOTIFY is delivered at commit, so a rolled-back change announces nothing, and PostgreSQL sends
 * one notification for equal payloads of one transaction: a bulk write announces each object once.
 */
export class ObjectChangeNotify1764000900000 implements MigrationInterface {
  name = 'ObjectChangeNotify1764000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_object_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('flaskhals_object_changed', o.arena_id || ':' || o.id)
           FROM infrastructure_object o WHERE o.id = NEW.object_id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER object_totals_inserted AFTER INSERT ON object_totals FOR EACH ROW EXECUTE FUNCTION notify_object_changed()`);
    // refresh_object_totals rewrites the row on every report or support write: announce real changes only.
    await db.query(`CREATE TRIGGER object_totals_changed AFTER UPDATE ON object_totals
      FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION notify_object_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER object_totals_changed ON object_totals`);
    await db.query(`DROP TRIGGER object_totals_inserted ON object_totals`);
    await db.query(`DROP FUNCTION notify_object_changed()`);
  }
}
