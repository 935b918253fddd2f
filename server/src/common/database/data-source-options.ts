import * as path from 'node:path';

import type { DataSourceOptions } from 'typeorm';

import { InitialSchema1764000000000 } from '../../migrations/1764000000000-initial-schema';
import { IdempotencyKeys1764000100000 } from '../../migrations/1764000100000-idempotency-keys';
import { AccountsAndAudit1764000200000 } from '../../migrations/1764000200000-accounts-and-audit';
import { EmailOutbox1764000300000 } from '../../migrations/1764000300000-email-outbox';
import { RateLimits1764000400000 } from '../../migrations/1764000400000-rate-limits';
import { InvitationsAndPasswordResets1764000500000 } from '../../migrations/1764000500000-invitations-and-password-resets';
import { ObjectTotals1764000600000 } from '../../migrations/1764000600000-object-totals';
import { FirstReportTotals1764000700000 } from '../../migrations/1764000700000-first-report-totals';
import { ActorChangeNotify1764000800000 } from '../../migrations/1764000800000-actor-change-notify';
import { ObjectChangeNotify1764000900000 } from '../../migrations/1764000900000-object-change-notify';

/**
 * Every entity file of the server, for the entry points that build a DataSource without Nest (the
 * seed CLI, bench/data.cjs). In the app each module registers its own entities
 * (TypeOrmModule.forFeature) and the root loads them (autoLoadEntities); common/schema.test.ts
 * checks that the two agree.
 */
export const ENTITY_FILES = path.join(__dirname, '..', '..', '**', '*.entity.{js,ts}');
export const MIGRATIONS = [
  InitialSchema1764000000000,
  IdempotencyKeys1764000100000,
  AccountsAndAudit1764000200000,
  EmailOutbox1764000300000,
  RateLimits1764000400000,
  InvitationsAndPasswordResets1764000500000,
  ObjectTotals1764000600000,
  FirstReportTotals1764000700000,
  ActorChangeNotify1764000800000,
  ObjectChangeNotify1764000900000,
];

/** Migrations only, run at start; the schema is never synchronized from the entities. For a DataSource made without Nest: with every entity file. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [ENTITY_FILES],
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
