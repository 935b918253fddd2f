import { randomUUID } from 'node:crypto';

import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { Actor } from '../access';
import { PgListener } from '../common/database/pg-listener';

/** How long a looked-up actor may be reused at most; changes end it at once (see ActorCache). */
export const ACTOR_CACHE_MS = 10_000;
/** Triggers on user_session, user_account and user_arena_role notify here (migration 1764000800000). */
export const ACTOR_CHANNEL = 'flaskhals_actor_changed';
const MAX_ENTRIES = 10_000;
const SETTLE_PREFIX = 'settle:';

/**
 * The actors of session tokens seen in the last seconds, so the map's requests (two per pan) do
 * not each wait for the session look-up. Correct across server processes: every change to a
 * session, a user or a role notifies all processes through PostgreSQL (LISTEN/NOTIFY from
 * triggers), and each forgets every cached actor then. Nothing is cached while this process is not
 * listening, and a look-up that started before a change is not cached after it (generation).
 */
@Injectable()
export class ActorCache implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ActorCache');
  private readonly entries = new Map<string, { actor: Actor; until: number }>();
  private readonly settling = new Map<string, () => void>();
  private changes = 0;
  private readonly listener: PgListener;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.listener = new PgListener(db, {
      channel: ACTOR_CHANNEL,
      logger: this.logger,
      whileLost: 'sessions are looked up on every request',
      onNotification: (payload) => {
        if (payload?.startsWith(SETTLE_PREFIX)) this.settling.get(payload.slice(SETTLE_PREFIX.length))?.();
        else this.invalidate();
      },
      // Whatever changed while nobody listened is unknown: start empty, and keep nothing while deaf.
      onListening: () => this.invalidate(),
      onLost: () => this.invalidate(),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
    this.invalidate();
  }

  /** Changes with every change heard of: take it before a look-up and hand it to `set`. */
  get generation(): number {
    return this.changes;
  }

  get(tokenHash: string): Actor | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.actor;
    this.entries.delete(tokenHash);
    return undefined;
  }

  /** Keeps an actor until `until` (ms), unless something changed since `generation` was taken. */
  set(tokenHash: string, actor: Actor, until: number, generation: number): void {
    if (!this.listener.listening || generation !== this.changes || until <= Date.now()) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { actor, until: Math.min(until, Date.now() + ACTOR_CACHE_MS) });
  }

  /** Sessions, users or roles changed: no cached actor is trusted any more. */
  invalidate(): void {
    this.changes += 1;
    this.entries.clear();
  }

  /** Resolves once every change committed before the call has been heard (tests change rows by SQL). */
  async settle(timeoutMs = 5_000): Promise<void> {
    const id = randomUUID();
    const heard = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No notification heard: is the listener connected?')), timeoutMs);
      this.settling.set(id, () => (clearTimeout(timer), resolve()));
    });
    await this.db.query('SELECT pg_notify($1, $2)', [ACTOR_CHANNEL, SETTLE_PREFIX + id]);
    await heard.finally(() => this.settling.delete(id));
  }
}
