import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The discussion on an object (issue 15): comments in Markdown with their mentions, and
 * attachments (photos, PDFs) on reports and comments, stored in PostgreSQL so that backups,
 * several instances and transactions keep working without a file store.
 */
export class CommentsAndAttachments1765000200000 implements MigrationInterface {
  name = 'CommentsAndAttachments1765000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL,
        object_id uuid NOT NULL,
        author_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        body text NOT NULL,
        visibility varchar(20) NOT NULL DEFAULT 'MEMBERS',
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_by uuid,
        hidden_reason text,
        CONSTRAINT comment_arena_id_fkey FOREIGN KEY (arena_id) REFERENCES arena(id),
        CONSTRAINT comment_object_id_fkey FOREIGN KEY (object_id) REFERENCES infrastructure_object(id),
        CONSTRAINT comment_author_id_fkey FOREIGN KEY (author_id) REFERENCES user_account(id),
        CONSTRAINT comment_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id)
      )`);
    // An object's discussion, oldest first, keyset-paginated on (created_at, id).
    await db.query(`CREATE INDEX comment_object_idx ON comment (object_id, created_at, id)`);

    await db.query(`
      CREATE TABLE comment_mention (
        comment_id uuid NOT NULL,
        user_id uuid NOT NULL,
        CONSTRAINT comment_mention_pkey PRIMARY KEY (comment_id, user_id),
        CONSTRAINT comment_mention_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES comment(id) ON DELETE CASCADE,
        CONSTRAINT comment_mention_user_id_fkey FOREIGN KEY (user_id) REFERENCES user_account(id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX comment_mention_user_idx ON comment_mention (user_id)`);

    // The bytes live beside the description; TOAST keeps them out of the row, and the lists never select them.
    await db.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL,
        report_id uuid,
        comment_id uuid,
        uploaded_by uuid NOT NULL,
        organization_id uuid NOT NULL,
        filename varchar(200) NOT NULL,
        content_type varchar(40) NOT NULL,
        size integer NOT NULL,
        content bytea NOT NULL,
        thumbnail bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attachment_one_owner CHECK ((report_id IS NULL) <> (comment_id IS NULL)),
        CONSTRAINT attachment_arena_id_fkey FOREIGN KEY (arena_id) REFERENCES arena(id),
        CONSTRAINT attachment_report_id_fkey FOREIGN KEY (report_id) REFERENCES report(id) ON DELETE CASCADE,
        CONSTRAINT attachment_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES comment(id) ON DELETE CASCADE,
        CONSTRAINT attachment_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES user_account(id),
        CONSTRAINT attachment_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id)
      )`);
    await db.query(`CREATE INDEX attachment_report_idx ON attachment (report_id, created_at) WHERE report_id IS NOT NULL`);
    await db.query(`CREATE INDEX attachment_comment_idx ON attachment (comment_id, created_at) WHERE comment_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment`);
    await db.query(`DROP TABLE comment_mention`);
    await db.query(`DROP TABLE comment`);
  }
}
