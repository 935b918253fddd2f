import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { z } from 'zod';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { badInput } from '../common/graphql/errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
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
  to: z.email().max(320),
  // A line break in a subject would be a header injection; the length fits the column.
  subject: z.string().trim().min(1).max(300).regex(/^[^\r\n]*$/),
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
    if (!parsed.success) throw new Error(`Invalid mail for the outbox: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
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

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Still active after the commit of a nested transaction (a savepoint): wait for the outer one.
    if (!event.queryRunner.data?.[NUDGE_AFTER_COMMIT] || event.queryRunner.isTransactionActive) return;
    delete event.queryRunner.data[NUDGE_AFTER_COMMIT];
    this.worker.nudge();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data?.[NUDGE_AFTER_COMMIT];
  }

  /** The outbox for admins, newest first, keyset-paginated by (created_at, id). */
  async list(first?: number | null, after?: string | null): Promise<Connection<OutboxMessage>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || !z.iso.datetime({ offset: true }).safeParse(cursor[0]).success || !z.uuid().safeParse(cursor[1]).success)) {
      throw badInput('after', 'invalidCursor');
    }
    const query = this.db.getRepository(OutboxMessage).createQueryBuilder('m');
    const totalCount = await query.getCount();
    // The cursor carries created_at as PostgreSQL prints it: a JavaScript Date would drop the microseconds.
    query.addSelect(`to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_created_at');
    if (cursor) query.where('(m.created_at, m.id) < (:afterCreatedAt::timestamptz, :afterId::uuid)', { afterCreatedAt: cursor[0], afterId: cursor[1] });
    const { entities, raw } = await query.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(size + 1).getRawAndEntities<{ m_id: string; cursor_created_at: string }>();
    const cursorTimes = new Map(raw.map((r) => [r.m_id, r.cursor_created_at]));
    return toConnection(entities, size, totalCount, (m) => [cursorTimes.get(m.id)!, m.id]);
  }
}
