import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { type OutgoingMail, retryDelayMs, SmtpSender } from './smtp-sender';

/**
 * How long a claimed row belongs to the worker that claimed it. Far longer than one SMTP
 * conversation may take (SMTP_TIMEOUTS), so only a worker that died loses its claim; then another
 * instance takes the row over once the lease has passed.
 */
const LEASE_SECONDS = 300;

const MAX_ERROR_LENGTH = 2000;

interface ClaimedMail extends OutgoingMail {
  purpose: string;
  attempts: number;
  /** locked_until exactly as stored (microseconds): the fence for this worker's later update. */
  lease: string;
}

/**
 * Sends the email outbox. Every app instance runs one; they share the work through the database:
 * a row is claimed with FOR UPDATE SKIP LOCKED and a lease (locked_until), so two instances never
 * take the same row, and a row of a crashed instance is taken over once its lease has passed.
 * Delivery is at least once: a crash after the SMTP server accepted a message but before it was
 * marked as sent sends it again (with the same Message-ID).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly sender: SmtpSender | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** A nudge came while a run was under way: run once more, the new row may have been missed. */
  private again = false;
  private stopped = true;
  private databaseFailing = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sender = config.smtpUrl ? new SmtpSender(config.smtpUrl, config.mailFrom) : null;
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.logger.log(
      this.config.smtpUrl
        ? `Sending email through ${SmtpSender.describe(this.config.smtpUrl)}`
        : 'SMTP_URL is not set: email is printed to this log and kept in the outbox, not sent',
    );
    this.nudge();
  }

  /** Runs before TypeORM closes the pool: lets the message in hand finish, leaves no timer behind. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.sender?.close();
  }

  /** Look at the outbox now rather than at the next poll, e.g. right after a mail was committed. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runUntilQuiet().finally(() => {
        this.running = null;
        if (!this.stopped) this.schedule(this.config.outboxPollMs);
      });
    }, delayMs);
    // Never the reason the process stays alive; onModuleDestroy clears it anyway.
    this.timer.unref();
  }

  private async runUntilQuiet(): Promise<void> {
    do {
      this.again = false;
      await this.drainSafely();
    } while (this.again && !this.stopped);
  }

  /** A lost database is logged once, not on every poll; the worker carries on when it is back. */
  private async drainSafely(): Promise<void> {
    try {
      await this.drain();
      if (this.databaseFailing) this.logger.log('The email outbox is reachable again');
      this.databaseFailing = false;
    } catch (error) {
      if (!this.databaseFailing) this.logger.warn(`The email outbox cannot be read, retrying at every poll: ${errorText(error)}`);
      this.databaseFailing = true;
    }
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const mail = await this.claimNext();
      if (!mail) return;
      await this.handle(mail);
    }
  }

  /** One row at a time, so several instances share a burst instead of one taking it all. */
  private async claimNext(): Promise<ClaimedMail | null> {
    const rows: ClaimedMail[] = await this.db.query(
      `WITH next AS (
         SELECT id FROM email_outbox
          WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= now()
            AND (locked_until IS NULL OR locked_until < now())
          ORDER BY next_attempt_at
          LIMIT 1
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE email_outbox m SET locked_until = now() + make_interval(secs => $1)
           FROM next WHERE m.id = next.id
         RETURNING m.id, m.to_address AS "to", m.subject, m.text_body AS "text", m.html_body AS "html",
                   m.purpose, m.attempts, m.locked_until::text AS lease
       )
       SELECT * FROM claimed`,
      [LEASE_SECONDS],
    );
    return rows[0] ?? null;
  }

  private async handle(mail: ClaimedMail): Promise<void> {
    if (!this.sender) {
      // Logged before it is marked: at worst a crash prints it twice, it is never lost for a demo.
      this.logger.log(`Email (not sent, SMTP_URL is not set) to ${mail.to}, ${mail.purpose}: ${mail.subject}\n${mail.text}`);
      await this.finish(mail, `status = 'LOGGED'`, []);
      return;
    }
    try {
      await this.sender.send(mail);
    } catch (error) {
      const delayMs = retryDelayMs(mail.attempts, this.config.mailRetryBaseMs);
      const message = errorText(error).slice(0, MAX_ERROR_LENGTH);
      this.logger.warn(
        `Sending email ${mail.id} (${mail.purpose}) failed on attempt ${mail.attempts + 1}, retrying in ${delayMs} ms: ${message}`,
      );
      await this.finish(
        mail,
        `status = 'RETRYING', attempts = attempts + 1, last_attempt_at = now(), last_error = $3,
         next_attempt_at = now() + $4 * interval '1 millisecond'`,
        [message, delayMs],
      );
      return;
    }
    await this.finish(mail, `status = 'SENT', attempts = attempts + 1, last_attempt_at = now(), sent_at = now()`, []);
  }

  /** Writes the outcome and releases the lease, unless another worker took the row over meanwhile. */
  private async finish(mail: ClaimedMail, assignments: string, parameters: unknown[]): Promise<void> {
    const [, updated]: [unknown[], number] = await this.db.query(
      `UPDATE email_outbox SET ${assignments}, locked_until = NULL WHERE id = $1 AND locked_until = $2::timestamptz`,
      [mail.id, mail.lease, ...parameters],
    );
    if (updated === 0) this.logger.warn(`Email ${mail.id}: the lease ran out before its outcome was stored; another worker has it now`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
