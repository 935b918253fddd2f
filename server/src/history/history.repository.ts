import { type EventVisibility, type ObjectEventKind, TRIAGE_EVENT_KINDS } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type ReadAccess, visibleEventSql } from '../access';
import { query, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';
import type { ObjectEvent } from './object-event.entity';

/** An event as written; who acted comes from the actor. */
export interface NewObjectEvent {
  arenaId: string;
  objectId: string;
  kind: ObjectEventKind;
  /** Defaults to the acting user's organization. */
  organizationId?: string | null;
  reportId?: string | null;
  visibility: EventVisibility;
  data?: Record<string, unknown>;
}

export interface EventRow extends NewObjectEvent {
  /** Chosen by the writer, so that listeners know each event's id without relying on row order. */
  id: string;
  userId: string | null;
  byStaff: boolean;
}

const EVENT_COLUMNS = raw(`e.id, e.arena_id AS "arenaId", e.object_id AS "objectId", e.kind, e.at, e.user_id AS "userId",
  e.organization_id AS "organizationId", e.report_id AS "reportId", e.by_staff AS "byStaff", e.visibility, e.data,
  u.name AS "personName", org.name AS "organizationName", ${timestampCursorSql('e.at')} AS cursor_at`);

/** The history's SQL. */
export const historyStatements = {
  /**
   * Appends events; those a member's action causes (a report, a support, a comment) put their
   * objects in the triage queue unless they wait there already. Answers the appended ids.
   */
  append(rows: EventRow[]): Sql {
    const pending = [...new Set(rows.filter((r) => !r.byStaff && TRIAGE_EVENT_KINDS.includes(r.kind)).map((r) => r.objectId))];
    const insert = sql`INSERT INTO object_event (id, arena_id, object_id, kind, user_id, organization_id, report_id, by_staff, visibility, data)
      SELECT * FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.arenaId)}::uuid[], ${rows.map((r) => r.objectId)}::uuid[], ${rows.map((r) => r.kind)}::varchar[],
        ${rows.map((r) => r.userId)}::uuid[], ${rows.map((r) => r.organizationId ?? null)}::uuid[], ${rows.map((r) => r.reportId ?? null)}::uuid[],
        ${rows.map((r) => r.byStaff)}::boolean[], ${rows.map((r) => r.visibility)}::varchar[], ${rows.map((r) => JSON.stringify(r.data ?? {}))}::jsonb[])
      RETURNING id`;
    if (!pending.length) return insert;
    return sql`WITH appended AS (${insert}), queued AS (
      UPDATE infrastructure_object SET triage_pending_since = coalesce(triage_pending_since, now())
       WHERE id = ANY(${pending}::uuid[]) AND triage_pending_since IS NULL)
      SELECT id FROM appended`;
  },

  /** The words of a comment in its COMMENTED event: null while the comment is hidden (then `hidden` says so). */
  commentExcerpt(objectId: string, commentId: string, excerpt: string | null): Sql {
    return sql`UPDATE object_event SET data = data || jsonb_build_object('excerpt', ${excerpt}::text, 'hidden', ${excerpt === null}::boolean)
      WHERE object_id = ${objectId} AND kind = 'COMMENTED' AND data->>'commentId' = ${commentId}`;
  },

  /** An object's events the reader may see, newest first, keyset-paginated on (at, id). */
  timeline(objectId: string, access: ReadAccess, cursor: unknown[] | null, limit: number): Sql {
    const after = cursor ? sql`AND (e.at, e.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT ${EVENT_COLUMNS}, count(*) OVER () AS total_count FROM object_event e
        LEFT JOIN report r ON r.id = e.report_id
        LEFT JOIN user_account u ON u.id = e.user_id
        LEFT JOIN organization org ON org.id = e.organization_id
       WHERE e.object_id = ${objectId} AND (${visibleEventSql(access)}) ${after}
       ORDER BY e.at DESC, e.id DESC LIMIT ${limit}`;
  },

  /** The events of the given objects of the given kinds since each object's time (for the triage queue). */
  since(objects: { id: string; since: Date }[], kinds: readonly ObjectEventKind[], perObject: number): Sql {
    return sql`SELECT ev.* FROM unnest(${objects.map((o) => o.id)}::uuid[], ${objects.map((o) => o.since)}::timestamptz[]) AS w(object_id, since)
      CROSS JOIN LATERAL (
        SELECT ${EVENT_COLUMNS} FROM object_event e
          LEFT JOIN user_account u ON u.id = e.user_id
          LEFT JOIN organization org ON org.id = e.organization_id
         WHERE e.object_id = w.object_id AND e.at >= w.since AND e.kind = ANY(${kinds}::varchar[])
         ORDER BY e.at, e.id LIMIT ${perObject}) ev`;
  },
};

export type EventWithNames = ObjectEvent & { cursor_at: string; total_count?: number };

@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async append(tx: EntityManager, rows: EventRow[]): Promise<string[]> {
    if (!rows.length) return [];
    return (await query<{ id: string }>(tx, historyStatements.append(rows))).map((r) => r.id);
  }

  async commentExcerpt(tx: EntityManager, objectId: string, commentId: string, excerpt: string | null): Promise<void> {
    await query(tx, historyStatements.commentExcerpt(objectId, commentId, excerpt));
  }

  timeline(objectId: string, access: ReadAccess, cursor: unknown[] | null, limit: number): Promise<EventWithNames[]> {
    return query(this.db, historyStatements.timeline(objectId, access, cursor, limit));
  }

  since(objects: { id: string; since: Date }[], kinds: readonly ObjectEventKind[], perObject: number): Promise<EventWithNames[]> {
    return objects.length ? query(this.db, historyStatements.since(objects, kinds, perObject)) : Promise.resolve([]);
  }
}
