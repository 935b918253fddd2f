import { ARENA_ROLES, type ArenaRole, can, DISCUSSION_LIMITS, type ReportVisibility } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type ReadAccess, visibleCommentSql } from '../access';
import { escapeLike, query, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';

export interface CommentRow {
  id: string;
  arenaId: string;
  objectId: string;
  authorId: string;
  organizationId: string;
  body: string;
  visibility: ReportVisibility;
  createdAt: Date;
  editedAt: Date | null;
  hiddenAt: Date | null;
  hiddenBy: string | null;
  hiddenReason: string | null;
  authorName: string;
  organizationName: string;
  /** Whether the edit window is still open, by the database's clock (the one created_at was set by). */
  editable: boolean;
  cursor_at: string;
  total_count?: number;
}

export interface PersonInArena {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  role: ArenaRole;
}

const COMMENT_COLUMNS = raw(`c.id, c.arena_id AS "arenaId", c.object_id AS "objectId", c.author_id AS "authorId",
  c.organization_id AS "organizationId", c.body, c.visibility, c.created_at AS "createdAt", c.edited_at AS "editedAt",
  c.hidden_at AS "hiddenAt", c.hidden_by AS "hiddenBy", c.hidden_reason AS "hiddenReason",
  u.name AS "authorName", org.name AS "organizationName", ${timestampCursorSql('c.created_at')} AS cursor_at`);

/** The author's edit window, measured by the database's clock: the one that set created_at. */
const EDIT_WINDOW = raw(`interval '${DISCUSSION_LIMITS.editWindowMinutes} minutes'`);

/** Roles that see every comment of the arena, whatever its tier: they can be mentioned in any. */
const ROLES_SEEING_ALL = ARENA_ROLES.filter((role) => can(role, 'readConfidentialReports'));

/** The discussion's SQL. */
export const commentStatements = {
  /** An object's comments the reader may see, oldest first, keyset-paginated on (created_at, id); on comment_object_idx. */
  page(objectId: string, access: ReadAccess, cursor: unknown[] | null, limit: number): Sql {
    const after = cursor ? sql`AND (c.created_at, c.id) > (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT ${COMMENT_COLUMNS}, c.created_at > now() - ${EDIT_WINDOW} AS editable, count(*) OVER () AS total_count
      FROM comment c JOIN user_account u ON u.id = c.author_id JOIN organization org ON org.id = c.organization_id
      WHERE c.object_id = ${objectId} AND ${visibleCommentSql(access)} ${after}
      ORDER BY c.created_at, c.id LIMIT ${limit}`;
  },
  /** One comment, locked for a change when `lock`. */
  byId(id: string, lock: boolean): Sql {
    return sql`SELECT ${COMMENT_COLUMNS}, c.created_at > now() - ${EDIT_WINDOW} AS editable
      FROM comment c JOIN user_account u ON u.id = c.author_id JOIN organization org ON org.id = c.organization_id
      WHERE c.id = ${id} ${raw(lock ? 'FOR UPDATE OF c' : '')}`;
  },
  insert(c: {
    arenaId: string;
    objectId: string;
    authorId: string;
    organizationId: string;
    body: string;
    visibility: ReportVisibility;
  }): Sql {
    return sql`INSERT INTO comment (arena_id, object_id, author_id, organization_id, body, visibility)
      VALUES (${c.arenaId}, ${c.objectId}, ${c.authorId}, ${c.organizationId}, ${c.body}, ${c.visibility}) RETURNING id`;
  },
  /** The mentions of a comment as its body now has them: new ones added, dropped ones removed. */
  setMentions(commentId: string, userIds: string[]): Sql {
    return sql`WITH dropped AS (DELETE FROM comment_mention WHERE comment_id = ${commentId} AND NOT (user_id = ANY(${userIds}::uuid[])))
      INSERT INTO comment_mention (comment_id, user_id) SELECT ${commentId}, unnest(${userIds}::uuid[]) ON CONFLICT DO NOTHING`;
  },
  edit(id: string, body: string): Sql {
    return sql`UPDATE comment SET body = ${body}, edited_at = now() WHERE id = ${id}`;
  },
  hide(id: string, userId: string, reason: string | null): Sql {
    return reason === null
      ? sql`UPDATE comment SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL WHERE id = ${id}`
      : sql`UPDATE comment SET hidden_at = now(), hidden_by = ${userId}, hidden_reason = ${reason} WHERE id = ${id}`;
  },
  /** People with a role in the arena among the given users (who may be mentioned is decided from it). */
  peopleInArena(arenaId: string, userIds: string[]): Sql {
    return sql`SELECT u.id, u.name, u.organization_id AS "organizationId", o.name AS "organizationName", r.role
      FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN organization o ON o.id = u.organization_id
      WHERE r.arena_id = ${arenaId} AND u.id = ANY(${userIds}::uuid[])`;
  },
  names(userIds: string[]): Sql {
    return sql`SELECT id, name FROM user_account WHERE id = ANY(${userIds}::uuid[])`;
  },
  /**
   * The people a comment of a tier may mention (access/visibility.ts canBeMentioned, as SQL): with a
   * role in the arena and, for an organization's comment, of that organization or staff; by name,
   * keyset-paginated on (name, id).
   */
  candidates(
    arenaId: string,
    tier: ReportVisibility,
    organizationId: string,
    search: string | null,
    cursor: unknown[] | null,
    limit: number,
  ): Sql {
    const reach =
      tier === 'ORGANIZATION' ? sql`AND (r.role = ANY(${ROLES_SEEING_ALL}::varchar[]) OR u.organization_id = ${organizationId})` : raw('');
    const named = search ? sql`AND (u.name ILIKE ${`%${escapeLike(search)}%`} OR o.name ILIKE ${`%${escapeLike(search)}%`})` : raw('');
    const after = cursor ? sql`AND (u.name, u.id) > (${cursor[0]}, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT u.id, u.name, u.organization_id AS "organizationId", o.name AS "organizationName", r.role, count(*) OVER () AS total_count
      FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN organization o ON o.id = u.organization_id
      WHERE r.arena_id = ${arenaId} ${reach} ${named} ${after}
      ORDER BY u.name, u.id LIMIT ${limit}`;
  },
};

@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  page(objectId: string, access: ReadAccess, cursor: unknown[] | null, limit: number): Promise<CommentRow[]> {
    return query(this.db, commentStatements.page(objectId, access, cursor, limit));
  }

  async byId(db: DataSource | EntityManager | null, id: string, lock = false): Promise<CommentRow | null> {
    const [row] = await query<CommentRow>(db ?? this.db, commentStatements.byId(id, lock));
    return row ?? null;
  }

  async insert(tx: EntityManager, comment: Parameters<typeof commentStatements.insert>[0]): Promise<string> {
    const [row] = await query<{ id: string }>(tx, commentStatements.insert(comment));
    return row.id;
  }

  async setMentions(tx: EntityManager, commentId: string, userIds: string[]): Promise<void> {
    await query(tx, commentStatements.setMentions(commentId, userIds));
  }

  async edit(tx: EntityManager, id: string, body: string): Promise<void> {
    await query(tx, commentStatements.edit(id, body));
  }

  async hide(tx: EntityManager, id: string, userId: string, reason: string | null): Promise<void> {
    await query(tx, commentStatements.hide(id, userId, reason));
  }

  peopleInArena(arenaId: string, userIds: string[]): Promise<PersonInArena[]> {
    return userIds.length ? query(this.db, commentStatements.peopleInArena(arenaId, userIds)) : Promise.resolve([]);
  }

  async names(userIds: string[]): Promise<Map<string, string>> {
    if (!userIds.length) return new Map();
    const rows = await query<{ id: string; name: string }>(this.db, commentStatements.names(userIds));
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  candidates(...args: Parameters<typeof commentStatements.candidates>): Promise<(PersonInArena & { total_count: number })[]> {
    return query(this.db, commentStatements.candidates(...args));
  }
}
