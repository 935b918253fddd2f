import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../common/config/config';

export const RATE_LIMITED = 'RATE_LIMITED';

/** Limits counted in PostgreSQL (table rate_limit), so they hold across server instances. */
@Injectable()
export class RateLimits implements OnModuleInit, OnModuleDestroy {
  private pool!: Pool;
  private signIn!: RateLimiterPostgres;
  private mutations!: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Counters need not survive a crash (at worst a few more attempts pass right after one), so
    // their commits do not wait for the WAL to reach the disk: a mutation pays one flush, its own.
    const { url } = this.db.options as { url?: string };
    this.pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, options: '-c synchronous_commit=off' });
    this.pool.on('error', () => undefined);
    const common = { storeClient: this.pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false };
    this.signIn = new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in', points: this.config.rateLimitSignIn, duration: 15 * 60 });
    this.mutations = new RateLimiterPostgres({ ...common, keyPrefix: 'mutation', points: this.config.rateLimitMutations, duration: 60 });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  /** Sign-in and password-reset attempts: per address and per e-mail, so neither spraying nor guessing works. */
  async consumeSignIn(ip: string, email: string): Promise<void> {
    await consume(this.signIn, [`ip:${ip}`, `email:${email.toLowerCase()}`]);
  }

  async consumeMutation(key: string): Promise<void> {
    await consume(this.mutations, [key]);
  }
}

async function consume(limiter: RateLimiterPostgres, keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GraphQLError(`Too many attempts. Try again in ${seconds} seconds.`, {
        extensions: {
          code: RATE_LIMITED,
          retryAfterSeconds: seconds,
          http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
        },
      });
    }
  }
}
