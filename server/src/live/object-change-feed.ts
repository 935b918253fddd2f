import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { PgListener } from '../common/database/pg-listener';

/** Triggers on object_totals notify here with "arenaId:objectId" (migration 1764000900000). */
export const OBJECT_CHANNEL = 'flaskhals_object_changed';

/**
 * One change as heard from PostgreSQL. Every subscriber of the arena gets the same instance, so
 * subscribers with the same access can share one re-read of it (see LiveResolver).
 */
export interface ObjectChange {
  arenaId: string;
  objectId: string;
}

/** What a subscriber pulls changes from; `close` ends it at once, even while `next` waits. */
export interface ChangeStream {
  next(): Promise<ObjectChange | null>;
  close(): void;
}

/**
 * A subscriber's changes not yet taken. A change of an object already waiting replaces it in
 * place: a subscriber that is slower than the writes re-reads each object once, in its latest state.
 */
class Subscriber implements ChangeStream {
  private readonly pending = new Map<string, ObjectChange>();
  private waiting: ((change: ObjectChange | null) => void) | null = null;
  closed = false;

  constructor(private readonly onClose: (subscriber: Subscriber) => void) {}

  push(change: ObjectChange): void {
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake(change);
    } else {
      this.pending.set(change.objectId, change);
    }
  }

  next(): Promise<ObjectChange | null> {
    if (this.closed) return Promise.resolve(null);
    const first = this.pending.values().next();
    if (!first.done) {
      this.pending.delete(first.value.objectId);
      return Promise.resolve(first.value);
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending.clear();
    this.waiting?.(null);
    this.waiting = null;
    this.onClose(this);
  }
}

/**
 * The publish/subscribe of object changes across server processes: PostgreSQL LISTEN/NOTIFY on
 * a connection of its own (reconnected when lost). The notifications carry ids only; what a
 * subscriber is sent is re-read with its own access. A change made while this process was not
 * listening (a lost connection, a restart) is not announced: clients re-read on reconnecting.
 */
@Injectable()
export class ObjectChangeFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ObjectChangeFeed');
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly listener: PgListener;

  constructor(@InjectDataSource() db: DataSource) {
    this.listener = new PgListener(db, {
      channel: OBJECT_CHANNEL,
      logger: this.logger,
      whileLost: 'live updates pause',
      onNotification: (payload) => this.deliver(payload),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.close();
    await this.listener.stop();
  }

  /** Changes of the arena's objects from now on, until the stream is closed. */
  subscribe(arenaId: string): ChangeStream {
    const subscriber = new Subscriber((gone) => {
      const set = this.subscribers.get(arenaId);
      set?.delete(gone);
      if (set?.size === 0) this.subscribers.delete(arenaId);
    });
    const set = this.subscribers.get(arenaId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(arenaId, set);
    return subscriber;
  }

  private deliver(payload: string | undefined): void {
    const [arenaId, objectId] = payload?.split(':') ?? [];
    const set = arenaId && objectId ? this.subscribers.get(arenaId) : undefined;
    if (!set) return;
    const change: ObjectChange = { arenaId, objectId };
    for (const subscriber of set) subscriber.push(change);
  }
}
