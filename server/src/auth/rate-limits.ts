import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/config';

export const RATE_LIMITED = 'RATE_LIMITED';

/** Limits counted in PostgreSQL (table rate_limit), so they hold across server instances. */
@Injectable()
export class RateLimits implements OnModuleInit {
  private signIn!: RateLimiterPostgres;
  private mutations!: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const storeClient = (this.db.driver as unknown as { master: unknown }).master;
    const common = { storeClient, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false };
    this.signIn = new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in', points: this.config.rateLimitSignIn, duration: 15 * 60 });
    this.mutations = new RateLimiterPostgres({ ...common, keyPrefix: 'mutation', points: this.config.rateLimitMutations, duration: 60 });
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
        extensions: { code: RATE_LIMITED, retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
      });
    }
  }
}
