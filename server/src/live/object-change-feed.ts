import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** Triggers on object_totals notify here with "arenaId:objectId" (migration 1764000900000). */
export const OBJECT_CHANNEL = 'flaskhals_object_changed';
const RECONNECT_MS = 1_000;

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
  private listener: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onApplicationBootstrap(): Promise<void> {
    return this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.close();
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
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

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const pool = (this.db.driver as unknown as { master: Pool }).master;
    const client = new Client(pool.options);
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
        this.retry.unref();
      }
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', ({ payload }) => this.deliver(payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${OBJECT_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`Not listening for object changes (${(error as Error).message}): live updates pause until it is back`);
      onLost();
      return;
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    this.listener = client;
  }
}
