import { stockholmWallClock } from '@flaskhals/shared';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { MailService } from '../mail';
import { ActionItemsRepository } from './action-items.repository';
import { actionItemMail, reminderMail } from './meeting-mail';
import { MeetingNoticesRepository } from './meeting-notices.repository';

/** How often an instance looks whether reminders are due. */
const CHECK_EVERY_MS = 60_000;
/** Meetings or action items per transaction. */
const BATCH = 50;
/** One instance writes reminders at a time (pg_try_advisory_xact_lock); the others skip that minute. */
const REMINDER_LOCK = 0x666c6d72; // "flmr"

export interface ReminderRun {
  meetings: number;
  actionItems: number;
}

/**
 * The reminders of meetings: the day before a meeting (from 07:00 Swedish time), to those with a
 * seat; and to an action item's owner when it is due within ACTION_ITEM_REMINDER_DAYS and when it
 * is overdue, once each. Safe with several instances, like the notification digest: a
 * transaction-scoped advisory lock lets one write at a time, and what was reminded is marked in the
 * transaction that puts the mail in the outbox, so a crash repeats nothing and loses nothing.
 */
@Injectable()
export class MeetingReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MeetingReminders');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notices: MeetingNoticesRepository,
    private readonly actionItems: ActionItemsRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.warn(`Reminder run failed: ${(error as Error).message}`));
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Writes every reminder due as of `now`; answers how many meetings and action items were reminded (none when another instance holds the lock). */
  async run(now: Date = new Date()): Promise<ReminderRun> {
    const done: ReminderRun = { meetings: 0, actionItems: 0 };
    for (;;) {
      const batch = await this.locked((tx) => this.meetingBatch(tx, now));
      done.meetings += batch;
      if (batch < BATCH) break;
    }
    for (;;) {
      const batch = await this.locked((tx) => this.actionItemBatch(tx, now));
      done.actionItems += batch;
      if (batch < BATCH) break;
    }
    return done;
  }

  private locked(work: (tx: EntityManager) => Promise<number>): Promise<number> {
    return this.db.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [REMINDER_LOCK]);
      return locked ? work(tx) : 0;
    });
  }

  private async meetingBatch(tx: EntityManager, now: Date): Promise<number> {
    const meetings = await this.notices.dueReminders(tx, now, BATCH);
    for (const meeting of meetings) {
      const seated = await this.notices.seated(tx, meeting.id, meeting.capacity);
      if (!(await this.notices.claimReminder(tx, meeting.id, meeting.startsAt, seated.length))) continue;
      await this.mail.enqueueAll(
        tx,
        seated.map((to) => reminderMail(this.config.appUrl, meeting, to)),
      );
    }
    return meetings.length;
  }

  private async actionItemBatch(tx: EntityManager, now: Date): Promise<number> {
    const today = stockholmWallClock(now).date;
    const due = await this.actionItems.dueReminders(tx, today, this.config.actionItemReminderDays, BATCH);
    await this.mail.enqueueAll(
      tx,
      due.map((item) => actionItemMail(this.config.appUrl, item, item.overdue)),
    );
    await this.actionItems.markReminded(
      tx,
      due.filter((i) => i.overdue).map((i) => i.id),
      true,
    );
    // An overdue item is past its "due soon" too: never told that after being told it is late.
    await this.actionItems.markReminded(
      tx,
      due.map((i) => i.id),
      false,
    );
    return due.length;
  }
}
