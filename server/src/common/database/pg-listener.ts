import type { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

const RECONNECT_MS = 1_000;
const CONNECT_TIMEOUT_MS = 5_000;

export interface PgListenerOptions {
  channel: string;
  onNotification(payload: string | undefined): void;
  /** Listening (again): whatever was notified while nobody listened is unknown to the caller. */
  onListening?(): void;
  /** The connection is gone; another try follows a second later. */
  onLost?(): void;
  logger: Logger;
  /** What stops working while not listening, for the warning, e.g. "live updates pause". */
  whileLost: string;
}

/**
 * LISTEN on a PostgreSQL connection of its own, outside TypeORM's pool (it stays open for as long
 * as it listens), made from the data source's public options and reconnected a second after it is
 * lost. Used by every process-wide subscriber of a channel (the actor cache, the live object feed).
 */
export class PgListener {
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly options: PgListenerOptions,
  ) {}

  get listening(): boolean {
    return this.client !== null;
  }

  start(): Promise<void> {
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const { channel, logger } = this.options;
    const client = new Client({ connectionString: (this.db.options as { url?: string }).url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = null;
        this.options.onLost?.();
      }
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
        this.retry.unref();
      }
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', ({ payload }) => this.options.onNotification(payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      logger.warn(`Not listening on ${channel} (${(error as Error).message}): ${this.options.whileLost} until it is back`);
      onLost();
      return;
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    this.client = client;
    this.options.onListening?.();
  }
}
