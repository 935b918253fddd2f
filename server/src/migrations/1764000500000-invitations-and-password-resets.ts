import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations to an arena and organization, and password-reset tokens (both stored as HMACs). */
export class InvitationsAndPasswordResets1764000500000 implements MigrationInterface {
  name = 'InvitationsAndPasswordResets1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL CONSTRAINT invitation_arena_id_fkey REFERENCES arena(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL CONSTRAINT invitation_organization_id_fkey REFERENCES organization(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(20) NOT NULL,
        token_hash char(64) NOT NULL CONSTRAINT invitation_token_hash_key UNIQUE,
        invited_by uuid CONSTRAINT invitation_invited_by_fkey REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX invitation_arena_created_idx ON invitation (arena_id, created_at)`);
    await db.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT password_reset_user_id_fkey REFERENCES user_account(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL CONSTRAINT password_reset_token_hash_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset`);
    await db.query(`DROP TABLE invitation`);
  }
}
