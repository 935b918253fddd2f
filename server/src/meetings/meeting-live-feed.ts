import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { PgListener } from '../common/database/pg-listener';

/** The trigger on meeting (migration 1766000900000) notifies here with the meeting's id. */
export const MEETING_CHANNEL = 'flaskhals_meeting_changed';

/**
 * One change of a meeting as heard here. Every subscriber of the meeting gets the same instance,
 * so they share one read of the meeting's state (see MeetingLiveResolver).
 */
export interface MeetingChange {
  meetingId: string;
}

/** What a subscriber pulls from; `close` ends it at once, even while `next` waits. */
export interface MeetingChangeStream {
  next(): Promise<MeetingChange | null>;
  close(): void;
}

/**
 * A subscriber's next change. Changes that come while the subscriber is still busy collapse into
 * the latest: it reads the meeting once, as it is then. It starts with one change pending, so the
 * first thing a subscriber gets is the meeting's current state (a late joiner, a reconnect).
 */
class Subscriber implements MeetingChangeStream {
  private pending: MeetingChange | null;
  private waiting: ((change: MeetingChange | null) => void) | null = null;
  private closed = false;

  constructor(
    meetingId: string,
    private readonly onClose: (subscriber: Subscriber) => void,
  ) {
    this.pending = { meetingId };
  }

  push(change: MeetingChange): void {
    if (this.closed) return;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake(change);
    } else {
      this.pending = change;
    }
  }

  next(): Promise<MeetingChange | null> {
    if (this.closed) return Promise.resolve(null);
    const change = this.pending;
    if (change) {
      this.pending = null;
      return Promise.resolve(change);
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = null;
    this.waiting?.(null);
    this.waiting = null;
    this.onClose(this);
  }
}

/**
 * Changes of meetings across server processes: PostgreSQL LISTEN/NOTIFY on a connection of its
 * own (PgListener, as the live object feed). After a lost connection is back every subscriber is
 * sent the current state again: what changed meanwhile was not announced.
 */
@Injectable()
export class MeetingChangeFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MeetingChangeFeed');
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly listener: PgListener;
  private listenedBefore = false;

  constructor(@InjectDataSource() db: DataSource) {
    this.listener = new PgListener(db, {
      channel: MEETING_CHANNEL,
      logger: this.logger,
      whileLost: 'live meetings pause',
      onNotification: (payload) => payload && this.deliver(payload),
      onListening: () => {
        if (this.listenedBefore) for (const meetingId of this.subscribers.keys()) this.deliver(meetingId);
        this.listenedBefore = true;
      },
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.close();
    await this.listener.stop();
  }

  /** The meeting's current state first, then its changes, until the stream is closed. */
  subscribe(meetingId: string): MeetingChangeStream {
    const subscriber = new Subscriber(meetingId, (gone) => {
      const set = this.subscribers.get(meetingId);
      set?.delete(gone);
      if (set?.size === 0) this.subscribers.delete(meetingId);
    });
    const set = this.subscribers.get(meetingId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(meetingId, set);
    return subscriber;
  }

  private deliver(meetingId: string): void {
    const set = this.subscribers.get(meetingId);
    if (!set) return;
    const change: MeetingChange = { meetingId };
    for (const subscriber of set) subscriber.push(change);
  }
}
