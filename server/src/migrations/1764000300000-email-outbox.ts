import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outgoing email, written in the transaction that caused it and sent afterwards by the outbox worker. */
export class EmailOutbox1764000300000 implements MigrationInterface {
  name = 'EmailOutbox1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid,
        to_address varchar(320) NOT NULL,
        subject varchar(300) NOT NULL,
        text_body text NOT NULL,
        html_body text,
        purpose varchar(40) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        sent_at timestamptz,
        last_error text,
        locked_until timestamptz
      )`);
    // The worker's pick: only rows still to be sent, oldest due first. Sent and logged rows stay
    // in the table for good, so they are kept out of this index.
    await db.query(`CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING')`);
    // The admins' list, newest first, keyset-paginated by (created_at, id).
    await db.query(`CREATE INDEX email_outbox_created_idx ON email_outbox (created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_outbox`);
  }
}
