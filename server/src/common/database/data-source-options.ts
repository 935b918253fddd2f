import type { DataSourceOptions } from 'typeorm';
import { Arena } from '../../arenas/arena.entity';
import { InitialSchema1764000000000 } from '../../migrations/1764000000000-initial-schema';
import { IdempotencyKeys1764000100000 } from '../../migrations/1764000100000-idempotency-keys';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { AccountsAndAudit1764000200000 } from '../../migrations/1764000200000-accounts-and-audit';
import { RateLimits1764000400000 } from '../../migrations/1764000400000-rate-limits';
import { InvitationsAndPasswordResets1764000500000 } from '../../migrations/1764000500000-invitations-and-password-resets';
import { ObjectTotals1764000600000 } from '../../migrations/1764000600000-object-totals';
import { FirstReportTotals1764000700000 } from '../../migrations/1764000700000-first-report-totals';
import { ActorChangeNotify1764000800000 } from '../../migrations/1764000800000-actor-change-notify';
import { ObjectChangeNotify1764000900000 } from '../../migrations/1764000900000-object-change-notify';
import { Invitation } from '../../invitations/invitation.entity';
import { PasswordReset } from '../../auth/password-reset.entity';
import { EmailOutbox1764000300000 } from '../../migrations/1764000300000-email-outbox';
import { OutboxMessage } from '../../mail/outbox-message.entity';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { User } from '../../auth/user.entity';
import { UserArenaRole } from '../../auth/user-arena-role.entity';
import { UserSession } from '../../auth/user-session.entity';
import { ArenaMembership } from '../../organizations/arena-membership.entity';
import { Organization } from '../../organizations/organization.entity';
import { InfrastructureObject } from '../../objects/infrastructure-object.entity';
import { Report } from '../../reports/report.entity';
import { Support } from '../../reports/support.entity';

export const ENTITIES = [Arena, Organization, ArenaMembership, InfrastructureObject, Report, Support, IdempotencyKey, User, UserArenaRole, UserSession, AuditEntry, Invitation, PasswordReset, OutboxMessage];
export const MIGRATIONS = [InitialSchema1764000000000, IdempotencyKeys1764000100000, AccountsAndAudit1764000200000, EmailOutbox1764000300000, RateLimits1764000400000, InvitationsAndPasswordResets1764000500000, ObjectTotals1764000600000, FirstReportTotals1764000700000, ActorChangeNotify1764000800000, ObjectChangeNotify1764000900000];

/** Migrations only, run at start; the schema is never synchronized from the entities. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
