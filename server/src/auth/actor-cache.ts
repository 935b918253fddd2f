import { randomUUID } from 'node:crypto';

import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import type { Actor } from '../access';

/** How long a looked-up actor may be reused at most; changes end it at once (see ActorCache). */
export const ACTOR_CACHE_MS = 10_000;
/** Triggers on user_session, user_account and user_arena_role notify here (migration 1764000800000). */
export const ACTOR_CHANNEL = 'flaskhals_actor_changed';
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;
const CONNECT_TIMEOUT_MS = 5_000;
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
    const listener = this.listener;
    this.forget();
    await listener?.end().catch(() => undefined);
  }

  /** Changes with every change heard of: take it before a look-up and hand it to `set`. */
  get generation(): number {
    return this.changes;
  }

  get size(): number {
    return this.entries.size;
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
    if (!this.listener || generation !== this.changes || until <= Date.now()) return;
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

  private async listen(): Promise<void> {
    if (this.stopped) return;
    // A connection of its own, outside TypeORM's pool: it stays open for as long as it listens.
    const client = new Client({ connectionString: (this.db.options as { url?: string }).url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.forget();
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
        this.retry.unref();
      }
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', ({ payload }) => {
      if (payload?.startsWith(SETTLE_PREFIX)) this.settling.get(payload.slice(SETTLE_PREFIX.length))?.();
      else this.invalidate();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${ACTOR_CHANNEL}`);
    } catch (error) {
      this.logger.warn(
        `Not listening for session changes (${(error as Error).message}): sessions are looked up on every request until it is back`,
      );
      onLost();
      return;
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    // Whatever changed while nobody listened is unknown: start empty.
    this.invalidate();
    this.listener = client;
  }

  private forget(): void {
    this.listener = null;
    this.invalidate();
  }
}
