import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  arenaId: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  before?: object | null;
  after?: object | null;
}

/** Values that never go into the log. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'token']);

export function plain(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const json = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (const key of Object.keys(json)) if (SECRET_KEYS.has(key)) delete json[key];
  return json;
}

/** Who did it, as the log shows it even after the account is gone. */
export function auditLabel(actor: Actor): string | null {
  return actor.user ? `${actor.user.name} <${actor.user.email}>` : null;
}

@Injectable()
export class AuditService {
  /** Writes the entry in the caller's transaction: it exists exactly when the change does. */
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await this.recordAll(manager, actor, [record]);
  }

  /** Several entries of one change in one statement. */
  async recordAll(manager: EntityManager, actor: Actor, records: AuditRecord[]): Promise<void> {
    const entries = records.map((record) => ({
      arenaId: record.arenaId,
      userId: actor.user?.id ?? null,
      userLabel: auditLabel(actor),
      organizationId: actor.user?.organizationId ?? null,
      entity: record.entity,
      entityId: record.entityId,
      action: record.action,
      // jsonb columns: TypeORM's deep-partial type does not fit arbitrary records.
      before: plain(record.before) as never,
      after: plain(record.after) as never,
    }));
    await manager.getRepository(AuditEntry).insert(entries);
  }
}
