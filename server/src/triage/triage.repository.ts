import type { ObjectStatus } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';
import { OBJECT_COLUMNS_SQL } from '../objects';

export interface LockedObject {
  id: string;
  arenaId: string;
  name: string;
  status: ObjectStatus;
  previousStatus: ObjectStatus | null;
}

export type QueueRow = Record<string, unknown> & { pending_since: Date; cursor_at: string };

/** The triage queue's and the status changes' SQL. */
export const triageStatements = {
  /** The arena's waiting objects, oldest first, keyset-paginated on (triage_pending_since, id); on the partial index. */
  queue(arenaId: string, cursor: unknown[] | null, limit: number): Sql {
    const after = cursor ? sql`AND (o.triage_pending_since, o.id) > (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT ${raw(OBJECT_COLUMNS_SQL)}, o.triage_pending_since AS pending_since, ${raw(timestampCursorSql('o.triage_pending_since'))} AS cursor_at
      FROM infrastructure_object o WHERE o.arena_id = ${arenaId} AND o.triage_pending_since IS NOT NULL ${after}
      ORDER BY o.triage_pending_since, o.id LIMIT ${limit}`;
  },

  /** How many objects wait, and how many of them began to wait after `since`. */
  counts(arenaId: string, since: Date | null): Sql {
    return sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE o.triage_pending_since > ${since}::timestamptz)::int AS new
      FROM infrastructure_object o WHERE o.arena_id = ${arenaId} AND o.triage_pending_since IS NOT NULL`;
  },

  lastVisit(userId: string, arenaId: string): Sql {
    return sql`SELECT seen_at FROM triage_visit WHERE user_id = ${userId} AND arena_id = ${arenaId}`;
  },

  recordVisit(userId: string, arenaId: string): Sql {
    return sql`INSERT INTO triage_visit (user_id, arena_id, seen_at) VALUES (${userId}, ${arenaId}, now())
      ON CONFLICT (user_id, arena_id) DO UPDATE SET seen_at = excluded.seen_at`;
  },

  /** The objects a change names, locked until the transaction ends, in a fixed order (no deadlock between two bulk changes). */
  lock(ids: string[]): Sql {
    return sql`SELECT o.id, o.arena_id AS "arenaId", o.name, o.status, o.previous_status AS "previousStatus"
      FROM infrastructure_object o WHERE o.id = ANY(${ids}::uuid[]) ORDER BY o.id FOR UPDATE`;
  },

  /** A new status for objects; staff have looked at them, so they leave the queue. */
  setStatus(ids: string[], status: ObjectStatus): Sql {
    return sql`UPDATE infrastructure_object SET status = ${status}, previous_status = NULL, triage_pending_since = NULL, updated_at = now()
      WHERE id = ANY(${ids}::uuid[])`;
  },

  handled(arenaId: string, ids: string[]): Sql {
    return sql`UPDATE infrastructure_object SET triage_pending_since = NULL
      WHERE arena_id = ${arenaId} AND id = ANY(${ids}::uuid[]) AND triage_pending_since IS NOT NULL RETURNING id`;
  },
};

@Injectable()
export class TriageRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  queue(arenaId: string, cursor: unknown[] | null, limit: number): Promise<QueueRow[]> {
    return query(this.db, triageStatements.queue(arenaId, cursor, limit));
  }

  async counts(arenaId: string, since: Date | null): Promise<{ total: number; new: number }> {
    const [row] = await query<{ total: number; new: number }>(this.db, triageStatements.counts(arenaId, since ?? new Date(0)));
    return row;
  }

  async lastVisit(userId: string, arenaId: string): Promise<Date | null> {
    const [row] = await query<{ seen_at: Date }>(this.db, triageStatements.lastVisit(userId, arenaId));
    return row?.seen_at ?? null;
  }

  async recordVisit(userId: string, arenaId: string): Promise<void> {
    await query(this.db, triageStatements.recordVisit(userId, arenaId));
  }

  lock(tx: EntityManager, ids: string[]): Promise<LockedObject[]> {
    return query(tx, triageStatements.lock(ids));
  }

  async setStatus(tx: EntityManager, ids: string[], status: ObjectStatus): Promise<void> {
    await query(tx, triageStatements.setStatus(ids, status));
  }

  async handled(tx: EntityManager, arenaId: string, ids: string[]): Promise<string[]> {
    return (await query<{ id: string }>(tx, triageStatements.handled(arenaId, ids))).map((r) => r.id);
  }
}
