import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters of rate-limiter-flexible's PostgreSQL store: limits hold across server instances. */
export class RateLimits1764000400000 implements MigrationInterface {
  name = 'RateLimits1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rate_limit (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit`);
  }
}
