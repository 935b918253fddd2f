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

function plain(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const json = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (const key of Object.keys(json)) if (SECRET_KEYS.has(key)) delete json[key];
  return json;
}

@Injectable()
export class AuditService {
  /** Writes the entry in the caller's transaction: it exists exactly when the change does. */
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntry).insert({
      arenaId: record.arenaId,
      userId: actor.user?.id ?? null,
      userLabel: actor.user ? `${actor.user.name} <${actor.user.email}>` : null,
      organizationId: actor.user?.organizationId ?? null,
      entity: record.entity,
      entityId: record.entityId,
      action: record.action,
      // jsonb columns: TypeORM's deep-partial type does not fit arbitrary records.
      before: plain(record.before) as never,
      after: plain(record.after) as never,
    });
  }
}
