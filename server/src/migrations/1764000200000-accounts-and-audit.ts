import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, their arena roles and sessions; report visibility; organization details; the audit log. */
export class AccountsAndAudit1764000200000 implements MigrationInterface {
  name = 'AccountsAndAudit1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL CONSTRAINT user_account_email_key UNIQUE,
        name varchar(200) NOT NULL,
        password_hash varchar(200) NOT NULL,
        organization_id uuid NOT NULL CONSTRAINT user_account_organization_id_fkey REFERENCES organization(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX user_account_organization_idx ON user_account (organization_id)`);
    await db.query(`
      CREATE TABLE user_arena_role (
        user_id uuid NOT NULL CONSTRAINT user_arena_role_user_id_fkey REFERENCES user_account(id) ON DELETE CASCADE,
        arena_id uuid NOT NULL CONSTRAINT user_arena_role_arena_id_fkey REFERENCES arena(id) ON DELETE CASCADE,
        role varchar(20) NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, arena_id)
      )`);
    await db.query(`CREATE INDEX user_arena_role_arena_idx ON user_arena_role (arena_id)`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL CONSTRAINT user_session_token_hash_key UNIQUE,
        user_id uuid NOT NULL CONSTRAINT user_session_user_id_fkey REFERENCES user_account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent varchar(300)
      )`);
    await db.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await db.query(`ALTER TABLE report ADD COLUMN visibility varchar(20) NOT NULL DEFAULT 'MEMBERS'`);
    await db.query(`ALTER TABLE report ADD COLUMN withdrawn_at timestamptz`);
    await db.query(`ALTER TABLE organization ADD COLUMN org_number varchar(11)`);
    await db.query(`ALTER TABLE organization ADD COLUMN sector varchar(100)`);
    await db.query(`ALTER TABLE organization ADD COLUMN employees integer`);
    await db.query(`ALTER TABLE organization ADD COLUMN contact_name varchar(200)`);
    await db.query(`ALTER TABLE organization ADD COLUMN contact_email varchar(254)`);
    await db.query(`ALTER TABLE organization ADD COLUMN contact_phone varchar(40)`);
    await db.query(`CREATE UNIQUE INDEX organization_org_number_key ON organization (org_number) WHERE org_number IS NOT NULL`);

    await db.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid,
        user_label varchar(500),
        organization_id uuid,
        entity varchar(40) NOT NULL,
        entity_id uuid,
        action varchar(40) NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await db.query(`CREATE INDEX audit_entry_arena_at_idx ON audit_entry (arena_id, at)`);
    // The log is append-only for everyone, the application included.
    await db.query(`
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$`);
    await db.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_entry`);
    await db.query(`DROP FUNCTION audit_entry_is_append_only()`);
    for (const column of ['org_number', 'sector', 'employees', 'contact_name', 'contact_email', 'contact_phone']) {
      await db.query(`ALTER TABLE organization DROP COLUMN ${column}`);
    }
    await db.query(`ALTER TABLE report DROP COLUMN withdrawn_at`);
    await db.query(`ALTER TABLE report DROP COLUMN visibility`);
    await db.query(`DROP TABLE user_session`);
    await db.query(`DROP TABLE user_arena_role`);
    await db.query(`DROP TABLE user_account`);
  }
}
