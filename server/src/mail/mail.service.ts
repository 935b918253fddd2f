import { isEmail } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { z } from 'zod';

import { requireAccess } from '../access';
import { type Actor } from '../access';
import { type Connection, newestFirstPage } from '../common/graphql/pagination';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxWorker } from './outbox-worker';

export interface NewMail {
  /** The arena the mail is about; null or absent for mail outside any arena (password reset). */
  arenaId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Why it is sent, e.g. 'invitation' or 'password-reset': shown to admins in the outbox. */
  purpose: string;
}

const newMailSchema = z.object({
  arenaId: z.uuid().nullish(),
  to: z.string().refine(isEmail, 'must be an e-mail address'),
  // A line break in a subject would be a header injection; the length fits the column.
  subject: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .regex(/^[^\r\n]*$/),
  text: z.string().min(1),
  html: z.string().min(1).nullish(),
  purpose: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
});

/** Marks a transaction's query runner: nudge the worker once it has committed. */
const NUDGE_AFTER_COMMIT = 'mailOutboxNudge';

@Injectable()
export class MailService implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly worker: OutboxWorker,
  ) {
    // For afterTransactionCommit: a mail must not be looked for before its row is visible.
    db.subscribers.push(this);
  }

  /**
   * Puts a mail in the outbox within the caller's transaction, so it exists exactly when the
   * change that caused it was committed (and a rolled-back change sends nothing). The worker is
   * nudged after the commit; without a transaction, at once. Returns the outbox row's id.
   * Invalid mail is a programming error and throws.
   */
  async enqueue(manager: EntityManager, mail: NewMail): Promise<string> {
    const parsed = newMailSchema.safeParse(mail);
    if (!parsed.success)
      throw new Error(`Invalid mail for the outbox: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const m = parsed.data;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO email_outbox (arena_id, to_address, subject, text_body, html_body, purpose) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [m.arenaId ?? null, m.to, m.subject, m.text, m.html ?? null, m.purpose],
    );
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) runner.data[NUDGE_AFTER_COMMIT] = true;
    else this.worker.nudge();
    return rows[0].id;
  }

  /** Several mails in one statement, as `enqueue` (e.g. the notifications of one change). Returns their ids. */
  async enqueueAll(manager: EntityManager, mails: NewMail[]): Promise<string[]> {
    if (!mails.length) return [];
    const parsed = mails.map((mail) => {
      const result = newMailSchema.safeParse(mail);
      if (!result.success)
        throw new Error(`Invalid mail for the outbox: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return result.data;
    });
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO email_outbox (arena_id, to_address, subject, text_body, html_body, purpose)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) RETURNING id`,
      [
        parsed.map((m) => m.arenaId ?? null),
        parsed.map((m) => m.to),
        parsed.map((m) => m.subject),
        parsed.map((m) => m.text),
        parsed.map((m) => m.html ?? null),
        parsed.map((m) => m.purpose),
      ],
    );
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) runner.data[NUDGE_AFTER_COMMIT] = true;
    else this.worker.nudge();
    return rows.map((r) => r.id);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Still active after the commit of a nested transaction (a savepoint): wait for the outer one.
    if (!event.queryRunner.data?.[NUDGE_AFTER_COMMIT] || event.queryRunner.isTransactionActive) return;
    delete event.queryRunner.data[NUDGE_AFTER_COMMIT];
    this.worker.nudge();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data?.[NUDGE_AFTER_COMMIT];
  }

  /** An arena's outbox for its admins, newest first. Mail outside arenas (password resets) is only in the log. */
  list(actor: Actor, arenaId: string, first?: number | null, after?: string | null): Promise<Connection<OutboxMessage>> {
    requireAccess(actor, arenaId, 'manageRoles');
    return newestFirstPage(
      this.db.getRepository(OutboxMessage).createQueryBuilder('m').where('m.arena_id = :arenaId', { arenaId }),
      'm',
      'created_at',
      first,
      after,
    );
  }
}
