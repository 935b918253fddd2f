import type { ObjectStatus, ReportVisibility } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';
import type { Mover, ReportMover } from './movers';

/** An object as a merge or a move needs it, read under its row lock. */
export interface LockedObject {
  id: string;
  arenaId: string;
  name: string;
  status: ObjectStatus;
  previousStatus: ObjectStatus | null;
  duplicateOf: string | null;
}

/** A merge row with the names a reader wants beside the ids. */
export interface MergeRow {
  id: string;
  arenaId: string;
  keptId: string;
  duplicateId: string;
  keptName: string;
  duplicateName: string;
  duplicateStatus: ObjectStatus;
  duplicatePreviousStatus: ObjectStatus | null;
  moved: Record<string, string[]>;
  reason: string | null;
  mergedBy: string | null;
  mergedByName: string | null;
  mergedAt: Date;
  undoneAt: Date | null;
  cursor_at?: string;
  total_count?: number;
}

/** A report as moving it needs it. */
export interface MovableReport {
  id: string;
  arenaId: string;
  objectId: string;
  organizationId: string;
  title: string;
  visibility: ReportVisibility;
  withdrawnAt: Date | null;
}

const MERGE_COLUMNS = raw(`m.id, m.arena_id AS "arenaId", m.kept_id AS "keptId", m.duplicate_id AS "duplicateId", k.name AS "keptName",
  d.name AS "duplicateName", m.duplicate_status AS "duplicateStatus", m.duplicate_previous_status AS "duplicatePreviousStatus", m.moved,
  m.reason, m.merged_by AS "mergedBy", u.name AS "mergedByName", m.merged_at AS "mergedAt", m.undone_at AS "undoneAt",
  ${timestampCursorSql('m.merged_at')} AS cursor_at`);
const MERGE_FROM =
  raw(`object_merge m JOIN infrastructure_object k ON k.id = m.kept_id JOIN infrastructure_object d ON d.id = m.duplicate_id
  LEFT JOIN user_account u ON u.id = m.merged_by`);

/** The merges' and report moves' SQL. Table and column names come from movers.ts (code), never from input. */
export const mergeStatements = {
  /** The named objects, locked until the transaction ends, in a fixed order (two merges never deadlock). */
  lock(ids: string[]): Sql {
    return sql`SELECT o.id, o.arena_id AS "arenaId", o.name, o.status, o.previous_status AS "previousStatus", o.duplicate_of AS "duplicateOf"
      FROM infrastructure_object o WHERE o.id = ANY(${ids}::uuid[]) ORDER BY o.id FOR UPDATE`;
  },

  /** Moves a table's rows from one object to another; answers the key of each moved row. */
  move(mover: Mover, from: string, to: string): Sql {
    const t = raw(mover.table);
    const column = raw(mover.column);
    const key = raw(mover.key);
    const twin = mover.keepTwinOnKept
      ? sql`AND NOT EXISTS (SELECT 1 FROM ${t} k WHERE k.${column} = ${to}::uuid AND k.${key} = t.${key})`
      : raw('');
    return sql`UPDATE ${t} t SET ${column} = ${to}::uuid WHERE t.${column} = ${from}::uuid ${twin} RETURNING t.${key}::text AS key`;
  },

  /** How many of the given rows are still on the object. */
  stillOn(mover: Mover, keys: string[], objectId: string): Sql {
    return sql`SELECT count(*)::int AS n FROM ${raw(mover.table)} t
      WHERE t.${raw(mover.key)}::text = ANY(${keys}::text[]) AND t.${raw(mover.column)} = ${objectId}::uuid`;
  },

  /** Moves the given rows from one object back to another. */
  moveBack(mover: Mover, keys: string[], from: string, to: string): Sql {
    const column = raw(mover.column);
    return sql`UPDATE ${raw(mover.table)} t SET ${column} = ${to}::uuid
      WHERE t.${raw(mover.key)}::text = ANY(${keys}::text[]) AND t.${column} = ${from}::uuid`;
  },

  /** Every organization with a report or support on the objects. */
  organizationsOn(objectIds: string[]): Sql {
    return sql`SELECT organization_id AS id FROM report WHERE object_id = ANY(${objectIds}::uuid[])
      UNION SELECT organization_id FROM support WHERE object_id = ANY(${objectIds}::uuid[])`;
  },

  /** What a merge would move off the duplicate: reports (counting and withdrawn), supports, and whose they are. */
  preview(duplicateId: string): Sql {
    return sql`SELECT
        (SELECT count(*)::int FROM report r WHERE r.object_id = ${duplicateId}::uuid) AS reports,
        (SELECT count(*)::int FROM support s WHERE s.object_id = ${duplicateId}::uuid) AS supports,
        ARRAY(SELECT org.name FROM organization org WHERE org.id IN (
            SELECT organization_id FROM report WHERE object_id = ${duplicateId}::uuid
            UNION SELECT organization_id FROM support WHERE object_id = ${duplicateId}::uuid)
          ORDER BY org.name) AS organizations`;
  },

  insertMerge(m: {
    arenaId: string;
    keptId: string;
    duplicateId: string;
    duplicateStatus: ObjectStatus;
    duplicatePreviousStatus: ObjectStatus | null;
    moved: Record<string, string[]>;
    reason: string | null;
    mergedBy: string | null;
  }): Sql {
    return sql`INSERT INTO object_merge (arena_id, kept_id, duplicate_id, duplicate_status, duplicate_previous_status, moved, reason, merged_by)
      VALUES (${m.arenaId}, ${m.keptId}, ${m.duplicateId}, ${m.duplicateStatus}, ${m.duplicatePreviousStatus}, ${JSON.stringify(m.moved)}::jsonb,
              ${m.reason}, ${m.mergedBy}) RETURNING id`;
  },

  /** Marks objects changed (their detail and history are read anew by those who show them). */
  touch(ids: string[]): Sql {
    return sql`UPDATE infrastructure_object SET updated_at = now() WHERE id = ANY(${ids}::uuid[])`;
  },

  /** What waited in the triage queue on the duplicate now waits on the kept object (since the earlier of the two). */
  carryTriage(duplicateId: string, keptId: string): Sql {
    return sql`UPDATE infrastructure_object k SET triage_pending_since = LEAST(k.triage_pending_since, d.triage_pending_since)
      FROM infrastructure_object d WHERE k.id = ${keptId}::uuid AND d.id = ${duplicateId}::uuid AND d.triage_pending_since IS NOT NULL`;
  },

  /** The duplicate leaves the register and its queue; its status before is kept in the merge row. */
  markDuplicate(duplicateId: string, keptId: string): Sql {
    return sql`UPDATE infrastructure_object SET previous_status = status, status = 'DUPLICATE', duplicate_of = ${keptId}::uuid,
        triage_pending_since = NULL, updated_at = now()
      WHERE id = ${duplicateId}::uuid`;
  },

  /** Undo: the duplicate back as it was before the merge. */
  restoreDuplicate(duplicateId: string, status: ObjectStatus, previousStatus: ObjectStatus | null): Sql {
    return sql`UPDATE infrastructure_object SET status = ${status}, previous_status = ${previousStatus}, duplicate_of = NULL, updated_at = now()
      WHERE id = ${duplicateId}::uuid`;
  },

  byId(id: string, lock: boolean): Sql {
    return sql`SELECT ${MERGE_COLUMNS} FROM ${MERGE_FROM} WHERE m.id = ${id}::uuid ${raw(lock ? 'FOR UPDATE OF m' : '')}`;
  },

  /** A merge not undone, of either object in either role, made after the given one. */
  newerMerge(merge: { id: string; keptId: string; duplicateId: string; mergedAt: Date }): Sql {
    const ids = [merge.keptId, merge.duplicateId];
    return sql`SELECT m.id FROM object_merge m
      WHERE m.undone_at IS NULL AND m.id <> ${merge.id}::uuid AND m.merged_at > ${merge.mergedAt}::timestamptz
        AND (m.kept_id = ANY(${ids}::uuid[]) OR m.duplicate_id = ANY(${ids}::uuid[])) LIMIT 1`;
  },

  markUndone(id: string, userId: string | null): Sql {
    return sql`UPDATE object_merge SET undone_at = clock_timestamp(), undone_by = ${userId}::uuid WHERE id = ${id}::uuid`;
  },

  /** The merges an object took part in (kept or duplicate), newest first, keyset-paginated on (merged_at, id). */
  ofObject(objectId: string, cursor: unknown[] | null, limit: number): Sql {
    const after = cursor ? sql`AND (m.merged_at, m.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT ${MERGE_COLUMNS}, count(*) OVER ()::int AS total_count FROM ${MERGE_FROM}
      WHERE (m.kept_id = ${objectId}::uuid OR m.duplicate_id = ${objectId}::uuid) ${after}
      ORDER BY m.merged_at DESC, m.id DESC LIMIT ${limit}`;
  },

  hasCountingReport(objectId: string): Sql {
    return sql`SELECT EXISTS (SELECT 1 FROM report r WHERE r.object_id = ${objectId}::uuid AND r.withdrawn_at IS NULL) AS yes`;
  },

  reportForMove(id: string): Sql {
    return sql`SELECT r.id, r.arena_id AS "arenaId", r.object_id AS "objectId", r.organization_id AS "organizationId", r.title, r.visibility,
        r.withdrawn_at AS "withdrawnAt"
      FROM report r WHERE r.id = ${id}::uuid FOR UPDATE`;
  },

  moveReport(reportId: string, to: string): Sql {
    return sql`UPDATE report SET object_id = ${to}::uuid, updated_at = now() WHERE id = ${reportId}::uuid`;
  },

  moveWithReport(mover: ReportMover, reportId: string, to: string): Sql {
    return sql`UPDATE ${raw(mover.table)} SET ${raw(mover.column)} = ${to}::uuid WHERE ${raw(mover.reportColumn)} = ${reportId}::uuid`;
  },
};

@Injectable()
export class MergesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  lock(tx: EntityManager, ids: string[]): Promise<LockedObject[]> {
    return query(tx, mergeStatements.lock(ids));
  }

  async move(tx: EntityManager, mover: Mover, from: string, to: string): Promise<string[]> {
    return (await query<{ key: string }>(tx, mergeStatements.move(mover, from, to))).map((r) => r.key);
  }

  async allStillOn(db: DataSource | EntityManager, mover: Mover, keys: string[], objectId: string): Promise<boolean> {
    if (!keys.length) return true;
    const [{ n }] = await query<{ n: number }>(db, mergeStatements.stillOn(mover, keys, objectId));
    return n === keys.length;
  }

  async moveBack(tx: EntityManager, mover: Mover, keys: string[], from: string, to: string): Promise<void> {
    if (keys.length) await query(tx, mergeStatements.moveBack(mover, keys, from, to));
  }

  async organizationsOn(tx: EntityManager, objectIds: string[]): Promise<string[]> {
    return (await query<{ id: string }>(tx, mergeStatements.organizationsOn(objectIds))).map((r) => r.id);
  }

  async preview(
    db: DataSource | EntityManager,
    duplicateId: string,
  ): Promise<{ reports: number; supports: number; organizations: string[] }> {
    const [row] = await query<{ reports: number; supports: number; organizations: string[] }>(db, mergeStatements.preview(duplicateId));
    return row;
  }

  async insertMerge(tx: EntityManager, merge: Parameters<typeof mergeStatements.insertMerge>[0]): Promise<string> {
    const [row] = await query<{ id: string }>(tx, mergeStatements.insertMerge(merge));
    return row.id;
  }

  async touch(tx: EntityManager, ids: string[]): Promise<void> {
    await query(tx, mergeStatements.touch(ids));
  }

  async markDuplicate(tx: EntityManager, duplicateId: string, keptId: string): Promise<void> {
    await query(tx, mergeStatements.carryTriage(duplicateId, keptId));
    await query(tx, mergeStatements.markDuplicate(duplicateId, keptId));
  }

  async restoreDuplicate(tx: EntityManager, duplicateId: string, status: ObjectStatus, previousStatus: ObjectStatus | null): Promise<void> {
    await query(tx, mergeStatements.restoreDuplicate(duplicateId, status, previousStatus));
  }

  async byId(id: string, tx?: EntityManager): Promise<MergeRow | null> {
    const [row] = await query<MergeRow>(tx ?? this.db, mergeStatements.byId(id, Boolean(tx)));
    return row ?? null;
  }

  async hasNewerMerge(db: DataSource | EntityManager, merge: MergeRow): Promise<boolean> {
    return (await query(db, mergeStatements.newerMerge(merge))).length > 0;
  }

  async markUndone(tx: EntityManager, id: string, userId: string | null): Promise<void> {
    await query(tx, mergeStatements.markUndone(id, userId));
  }

  ofObject(objectId: string, cursor: unknown[] | null, limit: number): Promise<MergeRow[]> {
    return query(this.db, mergeStatements.ofObject(objectId, cursor, limit));
  }

  async hasCountingReport(tx: EntityManager, objectId: string): Promise<boolean> {
    const [row] = await query<{ yes: boolean }>(tx, mergeStatements.hasCountingReport(objectId));
    return row.yes;
  }

  async reportForMove(tx: EntityManager, id: string): Promise<MovableReport | null> {
    const [row] = await query<MovableReport>(tx, mergeStatements.reportForMove(id));
    return row ?? null;
  }

  async moveReport(tx: EntityManager, reportId: string, to: string, movers: readonly ReportMover[]): Promise<void> {
    await query(tx, mergeStatements.moveReport(reportId, to));
    for (const mover of movers) await query(tx, mergeStatements.moveWithReport(mover, reportId, to));
  }

  /** The db for reads outside a transaction. */
  get reader(): DataSource {
    return this.db;
  }
}
