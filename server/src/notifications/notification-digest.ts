import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { query } from '../common/database/sql';
import { MailService } from '../mail';
import { digestMail, type MailableNotification } from './notification-mail';
import { notificationStatements } from './notifications.repository';

/** How often an instance looks whether digests are due; the work itself happens once a day. */
const CHECK_EVERY_MS = 60_000;
/** People per transaction: a big arena's morning is many short transactions, not one long one. */
const USERS_PER_BATCH = 100;
/** One instance writes digests at a time (pg_try_advisory_xact_lock); the others skip that minute. */
const DIGEST_LOCK = 0x666c6467; // "fldg"

/**
 * The daily digest: after 07:00 Europe/Stockholm, one mail per person with what waited for it
 * (notifications marked DIGEST written before that 07:00). Safe with several instances: a
 * transaction-scoped advisory lock lets one write at a time, and rows are marked sent in the
 * transaction that puts their mail in the outbox, so a crash repeats nothing and loses nothing.
 */
@Injectable()
export class NotificationDigest implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationDigest');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.warn(`Digest run failed: ${(error as Error).message}`));
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Writes every due digest as of `now`; answers how many mails it wrote (0 when another instance holds the lock). */
  async run(now: Date = new Date()): Promise<number> {
    let written = 0;
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [DIGEST_LOCK]);
        if (!locked) return 0;
        const users = await query<{ user_id: string }>(tx, notificationStatements.dueDigestUsers(now, USERS_PER_BATCH));
        if (!users.length) return 0;
        const rows = await query<MailableNotification & { user_id: string }>(
          tx,
          notificationStatements.takeDigest(
            users.map((u) => u.user_id),
            now,
          ),
        );
        const byUser = new Map<string, MailableNotification[]>();
        for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
        await this.mail.enqueueAll(
          tx,
          [...byUser.values()].map((notifications) => digestMail(this.config.appUrl, notifications)),
        );
        return byUser.size;
      });
      written += batch;
      if (batch < USERS_PER_BATCH) return written;
    }
  }
}
