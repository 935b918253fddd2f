import type { ArenaRole, MeetingStatus } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { PUBLISHED_OBJECT_SQL } from '../access';
import { query, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';

export interface ProtocolStateRow {
  meetingId: string;
  arenaId: string;
  arenaName: string;
  title: string;
  startsAt: Date;
  status: MeetingStatus;
  approvedAt: Date | null;
  public: boolean;
}

export interface AdjusterRow {
  meetingId: string;
  userId: string;
  name: string;
  organizationName: string | null;
  approvedAt: Date | null;
}

export interface ArchivedProtocolRow {
  meetingId: string;
  title: string;
  startsAt: Date;
  place: string | null;
  approvedAt: Date;
  public: boolean;
  cursor_at: string;
  total_count: string;
}

/** The protocol's SQL: adjusters, approval, publication and the archive. */
export const protocolStatements = {
  state(meetingIds: string[], lock: boolean): Sql {
    return sql`SELECT m.id AS "meetingId", m.arena_id AS "arenaId", ar.name AS "arenaName", m.title, m.starts_at AS "startsAt", m.status,
        m.protocol_approved_at AS "approvedAt", m.protocol_public AS public
      FROM meeting m JOIN arena ar ON ar.id = m.arena_id
      WHERE m.id = ANY(${meetingIds}::uuid[]) ${raw(lock ? 'FOR UPDATE OF m' : '')}`;
  },

  adjusters(meetingIds: string[]): Sql {
    return sql`SELECT j.meeting_id AS "meetingId", j.user_id AS "userId", u.name, org.name AS "organizationName",
        j.approved_at AS "approvedAt"
      FROM meeting_adjuster j JOIN user_account u ON u.id = j.user_id LEFT JOIN organization org ON org.id = u.organization_id
      WHERE j.meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY j.meeting_id, j.position`;
  },

  rolesIn(arenaId: string, userIds: string[]): Sql {
    return sql`SELECT user_id AS "userId", role FROM user_arena_role WHERE arena_id = ${arenaId} AND user_id = ANY(${userIds}::uuid[])`;
  },

  clearAdjusters(meetingId: string): Sql {
    return sql`DELETE FROM meeting_adjuster WHERE meeting_id = ${meetingId}`;
  },

  nameAdjuster(meetingId: string, userId: string, position: number, namedBy: string): Sql {
    return sql`INSERT INTO meeting_adjuster (meeting_id, user_id, position, named_by) VALUES (${meetingId}, ${userId}, ${position}, ${namedBy})`;
  },

  approve(meetingId: string, userId: string): Sql {
    return sql`UPDATE meeting_adjuster SET approved_at = now() WHERE meeting_id = ${meetingId} AND user_id = ${userId} AND approved_at IS NULL
      RETURNING approved_at`;
  },

  /** An edit after one adjuster approved asks for that approval again: they approve the text as it is. */
  withdrawApprovals(meetingId: string): Sql {
    return sql`UPDATE meeting_adjuster SET approved_at = NULL WHERE meeting_id = ${meetingId} AND approved_at IS NOT NULL`;
  },

  /**
   * After an approval the meeting row is touched, so the live trigger tells its followers (every
   * approval, not only the last); the last approval also freezes the protocol.
   */
  approved(meetingId: string, complete: boolean): Sql {
    const approvedAt = raw(complete ? 'now()' : 'protocol_approved_at');
    return sql`UPDATE meeting SET protocol_approved_at = ${approvedAt}, updated_at = now() WHERE id = ${meetingId}`;
  },

  setPublic(meetingId: string, isPublic: boolean): Sql {
    return sql`UPDATE meeting SET protocol_public = ${isPublic}, updated_at = now() WHERE id = ${meetingId}`;
  },

  /** Of these objects, the ones the public sees (a public report on them): a public protocol names only those. */
  publishedObjects(objectIds: string[]): Sql {
    return sql`SELECT o.id FROM infrastructure_object o WHERE o.id = ANY(${objectIds}::uuid[]) AND ${raw(PUBLISHED_OBJECT_SQL)}`;
  },

  /** The arena's approved protocols, latest meeting first (meeting_protocol_archive_idx); the public ones only for visitors. */
  archive(arenaId: string, publicOnly: boolean, cursor: [string, string] | null, limit: number): Sql {
    const after = cursor ? sql`AND (m.starts_at, m.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT m.id AS "meetingId", m.title, m.starts_at AS "startsAt", m.place, m.protocol_approved_at AS "approvedAt",
        m.protocol_public AS public, ${raw(timestampCursorSql('m.starts_at'))} AS cursor_at, count(*) OVER () AS total_count
      FROM meeting m
      WHERE m.arena_id = ${arenaId} AND m.protocol_approved_at IS NOT NULL ${raw(publicOnly ? 'AND m.protocol_public' : '')} ${after}
      ORDER BY m.starts_at DESC, m.id DESC LIMIT ${limit}`;
  },
};

@Injectable()
export class MeetingProtocolRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The meeting's protocol state; under the meeting's lock when given a transaction and `lock`. */
  async state(meetingId: string, tx?: EntityManager, lock = false): Promise<ProtocolStateRow | null> {
    const [row] = await query<ProtocolStateRow>(tx ?? this.db, protocolStatements.state([meetingId], lock));
    return row ?? null;
  }

  adjusters(meetingIds: string[], db: DataSource | EntityManager = this.db): Promise<AdjusterRow[]> {
    return query<AdjusterRow>(db, protocolStatements.adjusters(meetingIds));
  }

  async rolesIn(tx: EntityManager, arenaId: string, userIds: string[]): Promise<Map<string, ArenaRole>> {
    const rows = await query<{ userId: string; role: ArenaRole }>(tx, protocolStatements.rolesIn(arenaId, userIds));
    return new Map(rows.map((r) => [r.userId, r.role]));
  }

  async replaceAdjusters(tx: EntityManager, meetingId: string, userIds: string[], namedBy: string) {
    await query(tx, protocolStatements.clearAdjusters(meetingId));
    for (const [position, userId] of userIds.entries())
      await query(tx, protocolStatements.nameAdjuster(meetingId, userId, position, namedBy));
  }

  async approve(tx: EntityManager, meetingId: string, userId: string): Promise<boolean> {
    return (await query(tx, protocolStatements.approve(meetingId, userId))).length > 0;
  }

  async withdrawApprovals(tx: EntityManager, meetingId: string): Promise<void> {
    await query(tx, protocolStatements.withdrawApprovals(meetingId));
  }

  async approved(tx: EntityManager, meetingId: string, complete: boolean): Promise<void> {
    await query(tx, protocolStatements.approved(meetingId, complete));
  }

  async setPublic(tx: EntityManager, meetingId: string, isPublic: boolean): Promise<void> {
    await query(tx, protocolStatements.setPublic(meetingId, isPublic));
  }

  async publishedObjects(objectIds: string[]): Promise<Set<string>> {
    if (!objectIds.length) return new Set();
    return new Set((await query<{ id: string }>(this.db, protocolStatements.publishedObjects(objectIds))).map((r) => r.id));
  }

  archive(arenaId: string, publicOnly: boolean, cursor: [string, string] | null, limit: number) {
    return query<ArchivedProtocolRow>(this.db, protocolStatements.archive(arenaId, publicOnly, cursor, limit));
  }
}
