import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { PgListener } from '../common/database/pg-listener';
import { NOTIFICATION_CHANNEL } from './notifications.repository';

/** One subscriber's pings: `next` resolves when the person's unread count may have changed, null once closed. */
export interface CountPings {
  next(): Promise<boolean>;
  close(): void;
}

class Pinger implements CountPings {
  private pending = false;
  private waiting: ((more: boolean) => void) | null = null;
  closed = false;

  constructor(private readonly onClose: (p: Pinger) => void) {}

  ping(): void {
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake(true);
    } else this.pending = true;
  }

  next(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting?.(false);
    this.waiting = null;
    this.onClose(this);
  }
}

/**
 * "This person's notifications changed" across server processes: the fan-out and markRead notify
 * the user's id (ids only, never content); each subscriber then counts again with its own access.
 * Pings while a subscriber is busy collapse into one.
 */
@Injectable()
export class NotificationFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationFeed');
  private readonly byUser = new Map<string, Set<Pinger>>();
  private readonly listener: PgListener;

  constructor(@InjectDataSource() db: DataSource) {
    this.listener = new PgListener(db, {
      channel: NOTIFICATION_CHANNEL,
      logger: this.logger,
      whileLost: 'live notification counts pause',
      onNotification: (userId) => {
        for (const pinger of (userId && this.byUser.get(userId)) || []) pinger.ping();
      },
      // Whatever was notified while nobody listened is unknown: every subscriber counts again.
      onListening: () => {
        for (const set of this.byUser.values()) for (const pinger of set) pinger.ping();
      },
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    for (const set of this.byUser.values()) for (const pinger of [...set]) pinger.close();
    await this.listener.stop();
  }

  subscribe(userId: string): CountPings {
    const pinger = new Pinger((gone) => {
      const set = this.byUser.get(userId);
      set?.delete(gone);
      if (set?.size === 0) this.byUser.delete(userId);
    });
    const set = this.byUser.get(userId) ?? new Set<Pinger>();
    set.add(pinger);
    this.byUser.set(userId, set);
    return pinger;
  }
}
