import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { requireAccess } from '../access';
import { type Actor } from '../access';
import { join, query, type Sql, sql } from '../common/database/sql';
import { isUuid } from '../common/graphql/ids';
import { type Connection, newestFirstPage, pageSize, toConnection } from '../common/graphql/pagination';
import { AuditEntry } from './audit-entry.entity';
import type { AuditFilter } from './audit-filter.input';

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The arena's log for staff, newest first, keyset-paginated on (at, id). */
  async list(
    actor: Actor,
    arenaId: string,
    filter: AuditFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    requireAccess(actor, arenaId, 'readAuditLog');
    const query = this.db.getRepository(AuditEntry).createQueryBuilder('a').where('a.arena_id = :arenaId', { arenaId });
    if (filter.entity) query.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    for (const [column, value] of [
      ['entity_id', filter.entityId],
      ['user_id', filter.userId],
    ] as const) {
      if (value && isUuid(value)) query.andWhere(`a.${column} = :${column}`, { [column]: value });
      else if (value) return toConnection([], pageSize(first), 0, () => []);
    }
    const page = await newestFirstPage(query, 'a', 'at', first, after);
    await this.withObjects(page.edges.map((edge) => edge.node));
    return page;
  }

  /** Names instead of ids: each entry's object (its own, or its report's or support's) by name, for a link. */
  private async withObjects(entries: AuditEntry[]): Promise<void> {
    for (const entry of entries) entry.objectId = objectIdOf(entry);
    const ids = [...new Set(entries.map((e) => e.objectId).filter((id): id is string => isUuid(id)))];
    if (!ids.length) return;
    const names = new Map(
      (await query<{ id: string; name: string }>(this.db, auditStatements.objectNames(ids))).map((r) => [r.id, r.name]),
    );
    for (const entry of entries) entry.objectName = entry.objectId ? (names.get(entry.objectId) ?? null) : null;
  }

  /** Writes the entry in the caller's transaction: it exists exactly when the change does. */
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await this.recordAll(manager, actor, [record]);
  }

  /** Several entries of one change in one statement. */
  async recordAll(manager: EntityManager, actor: Actor, records: AuditRecord[]): Promise<void> {
    await query(manager, auditStatements.insert(actor, records));
  }
}

function objectIdOf(entry: AuditEntry): string | null {
  if (entry.entity === 'object') return entry.entityId;
  const fromRow = (entry.after?.objectId ?? entry.before?.objectId) as unknown;
  return typeof fromRow === 'string' ? fromRow : null;
}

export const auditStatements = {
  objectNames(ids: string[]): Sql {
    return sql`SELECT id, name FROM infrastructure_object WHERE id = ANY(${ids}::uuid[])`;
  },

  /** The entries of one change, by one actor. */
  insert(actor: Actor, records: AuditRecord[]): Sql {
    const rows = records.map(
      (record) =>
        sql`(${record.arenaId}::uuid, ${actor.user?.id ?? null}::uuid, ${auditLabel(actor)}, ${actor.user?.organizationId ?? null}::uuid, ${record.entity}, ${record.entityId}::uuid, ${record.action}, ${plain(record.before)}::jsonb, ${plain(record.after)}::jsonb)`,
    );
    return sql`INSERT INTO audit_entry (arena_id, user_id, user_label, organization_id, entity, entity_id, action, before, after) VALUES ${join(rows, ', ')}`;
  },
};
