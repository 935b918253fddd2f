import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change that can alter who a session's holder is, or may do, notifies the server processes
 * (ActorCache), whoever makes it: a revoked, shortened or back-dated session, a changed or deleted
 * user, a granted, changed or removed role. A session's regular last_seen_at touch does not.
 */
export class ActorChangeNotify1764000800000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('flaskhals_actor_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER user_session_actor_changed AFTER UPDATE ON user_session
      FOR EACH ROW WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.expires_at < OLD.expires_at
                         OR NEW.last_seen_at < OLD.last_seen_at OR NEW.token_hash IS DISTINCT FROM OLD.token_hash
                         OR NEW.user_id IS DISTINCT FROM OLD.user_id)
      EXECUTE FUNCTION notify_actor_changed()`);
    await db.query(
      `CREATE TRIGGER user_session_deleted AFTER DELETE ON user_session FOR EACH STATEMENT EXECUTE FUNCTION notify_actor_changed()`,
    );
    await db.query(
      `CREATE TRIGGER user_account_actor_changed AFTER UPDATE OR DELETE ON user_account FOR EACH STATEMENT EXECUTE FUNCTION notify_actor_changed()`,
    );
    await db.query(
      `CREATE TRIGGER user_arena_role_actor_changed AFTER INSERT OR UPDATE OR DELETE ON user_arena_role FOR EACH STATEMENT EXECUTE FUNCTION notify_actor_changed()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER user_arena_role_actor_changed ON user_arena_role`);
    await db.query(`DROP TRIGGER user_account_actor_changed ON user_account`);
    await db.query(`DROP TRIGGER user_session_deleted ON user_session`);
    await db.query(`DROP TRIGGER user_session_actor_changed ON user_session`);
    await db.query(`DROP FUNCTION notify_actor_changed()`);
  }
}
