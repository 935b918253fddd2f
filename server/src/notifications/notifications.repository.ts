import {
  ALWAYS_IMMEDIATE_REASONS,
  ARENA_ROLES,
  AUTO_FOLLOW_EVENT_KINDS,
  can,
  DEFAULT_EMAIL_FREQUENCY,
  type EmailFrequency,
  FOLLOWER_EVENT_KINDS,
  NEW_OBJECT_EVENT_KINDS,
  type NotificationReason,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { recipientSeesEventSql } from '../access';
import { query, queryPrepared, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';
import type { MailableNotification } from './notification-mail';

/** Server processes LISTEN here for "a user's unread count changed"; the payload is the user's id. */
export const NOTIFICATION_CHANNEL = 'flaskhals_notifications';

/** Who among the arena's people is told of every new report: those who triage. */
const STAFF_ROLES = ARENA_ROLES.filter((role) => can(role, 'triage'));

/** A notification as written by the fan-out, with what its e-mail needs. */
export interface FannedOutRow extends MailableNotification {
  id: string;
  email_state: 'SENT' | 'DIGEST' | 'NONE';
}

/** A notification as the bell shows it. */
export interface NotificationRow {
  id: string;
  reason: NotificationReason;
  createdAt: Date;
  readAt: Date | null;
  arenaId: string;
  arenaSlug: string;
  arenaName: string;
  objectId: string;
  objectName: string;
  objectKind: string;
  objectStatus: string;
  eventId: string;
  eventKind: string;
  eventAt: Date;
  eventData: Record<string, unknown>;
  eventByStaff: boolean;
  eventVisibility: string;
  eventOrganizationId: string | null;
  eventReportId: string | null;
  organizationName: string | null;
  cursor_at: string;
  total_count: number;
}

/** The readers' side of the rule: a notification is shown while its reader may still see its event (access/visibility.ts). */
const READER_SEES = recipientSeesEventSql(raw('ur.role'), raw('u.organization_id'));

/**
 * Whether alert `al` matches object `o` (first reported in `r`): where (the drawn area overlaps the
 * object's bounding box, or the object's municipality is one of the alert's), what (category of
 * the report, kind of the object; empty lists match all). Municipalities are matched by name until
 * objects carry municipality codes: this is the one place to change then.
 */
const ALERT_MATCHES_SQL = raw(`((al.area_polygon IS NOT NULL AND al.area_polygon && polygon(o.bbox))
      OR EXISTS (SELECT 1 FROM unnest(al.municipalities) m WHERE lower(m) = lower(o.municipality)))
    AND (cardinality(al.categories) = 0 OR r.category = ANY(al.categories))
    AND (cardinality(al.kinds) = 0 OR o.kind = ANY(al.kinds))`);

/** The notifications' SQL. */
export const notificationStatements = {
  /**
   * One statement per batch of recorded events: who is told of what, for which reason (a person
   * once per event, by the first reason of NOTIFICATION_REASONS that applies), each only if they
   * may see the event with their role in the arena now; the actors follow what they reported,
   * supported or commented; and every recipient's server process hears that the count changed.
   * Answers the new notifications with what their e-mail needs.
   */
  fanOut(eventIds: string[]): Sql {
    const events = sql`SELECT * FROM object_event WHERE id = ANY(${eventIds}::uuid[])`;
    return sql`WITH ev AS (${events}),
    candidates AS (
      SELECT e.id AS event_id, e.user_id, 'RECEIPT' AS reason, 1 AS rank FROM ev e
       WHERE e.kind = 'REPORTED' AND e.user_id IS NOT NULL
      UNION ALL
      SELECT e.id, m.user_id::uuid, 'MENTIONED', 2 FROM ev e
        CROSS JOIN LATERAL (
          SELECT value AS user_id FROM jsonb_array_elements_text(
            CASE WHEN jsonb_typeof(e.data -> 'mentionedUserIds') = 'array' THEN e.data -> 'mentionedUserIds' ELSE '[]' END)
           WHERE value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$') m
       WHERE e.kind = 'COMMENTED'
      UNION ALL
      SELECT e.id, f.user_id, 'FOLLOWING', 3 FROM ev e JOIN object_follow f ON f.object_id = e.object_id
       WHERE e.kind = ANY(${FOLLOWER_EVENT_KINDS}::varchar[])
      UNION ALL
      SELECT e.id, s.user_id, 'NEW_REPORT', 4 FROM ev e JOIN user_arena_role s ON s.arena_id = e.arena_id AND s.role = ANY(${STAFF_ROLES}::varchar[])
       WHERE e.kind = 'REPORTED'
      UNION ALL
      SELECT e.id, al.user_id, 'AREA_ALERT', 5 FROM ev e
        JOIN infrastructure_object o ON o.id = e.object_id
        LEFT JOIN report r ON r.id = e.report_id
        JOIN area_alert al ON al.arena_id = e.arena_id AND ${ALERT_MATCHES_SQL}
       WHERE e.kind = ANY(${NEW_OBJECT_EVENT_KINDS}::varchar[])
         AND e.id = (SELECT p.id FROM object_event p WHERE p.object_id = e.object_id AND p.kind = ANY(${NEW_OBJECT_EVENT_KINDS}::varchar[])
                      ORDER BY p.at, p.id LIMIT 1)
    ),
    chosen AS (SELECT DISTINCT ON (event_id, user_id) * FROM candidates ORDER BY event_id, user_id, rank),
    inserted AS (
      INSERT INTO notification (user_id, arena_id, object_id, event_id, reason, email_state)
      SELECT c.user_id, e.arena_id, e.object_id, e.id, c.reason,
             CASE coalesce(st.email_frequency, ${DEFAULT_EMAIL_FREQUENCY})
               WHEN 'NONE' THEN 'NONE' WHEN 'IMMEDIATE' THEN 'SENT'
               ELSE CASE WHEN c.reason = ANY(${ALWAYS_IMMEDIATE_REASONS}::varchar[]) THEN 'SENT' ELSE 'DIGEST' END END
        FROM chosen c
        JOIN ev e ON e.id = c.event_id
        JOIN infrastructure_object o ON o.id = e.object_id
        LEFT JOIN report r ON r.id = e.report_id
        JOIN user_account u ON u.id = c.user_id
        JOIN user_arena_role ur ON ur.user_id = c.user_id AND ur.arena_id = e.arena_id
        LEFT JOIN notification_setting st ON st.user_id = c.user_id
       WHERE (c.reason = 'RECEIPT' OR c.user_id IS DISTINCT FROM e.user_id)
         AND ${recipientSeesEventSql(raw('ur.role'), raw('u.organization_id'))}
      ON CONFLICT (user_id, event_id) DO NOTHING
      RETURNING id, user_id, event_id, reason, email_state
    ),
    followed AS (
      INSERT INTO object_follow (user_id, object_id, arena_id)
      SELECT DISTINCT e.user_id, e.object_id, e.arena_id FROM ev e
       WHERE e.kind = ANY(${AUTO_FOLLOW_EVENT_KINDS}::varchar[]) AND e.user_id IS NOT NULL
      ON CONFLICT DO NOTHING
    )
    SELECT i.id, i.reason, i.email_state, u.email, u.name AS person_name, a.slug AS arena_slug, a.name AS arena_name,
           o.id AS object_id, o.name AS object_name, e.kind, e.data, org.name AS organization_name,
           pg_notify(${NOTIFICATION_CHANNEL}, i.user_id::text)
      FROM inserted i
      JOIN ev e ON e.id = i.event_id
      JOIN user_account u ON u.id = i.user_id
      JOIN infrastructure_object o ON o.id = e.object_id
      JOIN arena a ON a.id = e.arena_id
      LEFT JOIN organization org ON org.id = e.organization_id`;
  },

  /** A person's notifications they may still see, newest first, keyset-paginated on (created_at, id). */
  page(userId: string, cursor: unknown[] | null, limit: number, unreadOnly: boolean): Sql {
    const after = cursor ? sql`AND (n.created_at, n.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    const unread = unreadOnly ? raw('AND n.read_at IS NULL') : raw('');
    return sql`SELECT n.id, n.reason, n.created_at AS "createdAt", n.read_at AS "readAt", n.arena_id AS "arenaId",
        a.slug AS "arenaSlug", a.name AS "arenaName", o.id AS "objectId", o.name AS "objectName", o.kind AS "objectKind",
        o.status AS "objectStatus", e.id AS "eventId", e.kind AS "eventKind", e.at AS "eventAt", e.data AS "eventData",
        e.by_staff AS "eventByStaff", e.visibility AS "eventVisibility", e.organization_id AS "eventOrganizationId",
        e.report_id AS "eventReportId", org.name AS "organizationName",
        ${raw(timestampCursorSql('n.created_at'))} AS cursor_at, count(*) OVER () AS total_count
      FROM notification n
      JOIN object_event e ON e.id = n.event_id
      JOIN infrastructure_object o ON o.id = n.object_id
      JOIN arena a ON a.id = n.arena_id
      JOIN user_account u ON u.id = n.user_id
      LEFT JOIN report r ON r.id = e.report_id
      LEFT JOIN user_arena_role ur ON ur.user_id = n.user_id AND ur.arena_id = n.arena_id
      LEFT JOIN organization org ON org.id = e.organization_id
     WHERE n.user_id = ${userId} ${unread} AND ${READER_SEES} ${after}
     ORDER BY n.created_at DESC, n.id DESC LIMIT ${limit}`;
  },

  /** How many of a person's notifications they have not read (and may still see): on the partial unread index. */
  unreadCount(userId: string): Sql {
    return sql`SELECT count(*)::int AS n FROM notification n
      JOIN object_event e ON e.id = n.event_id
      JOIN infrastructure_object o ON o.id = n.object_id
      JOIN user_account u ON u.id = n.user_id
      LEFT JOIN report r ON r.id = e.report_id
      LEFT JOIN user_arena_role ur ON ur.user_id = n.user_id AND ur.arena_id = n.arena_id
     WHERE n.user_id = ${userId} AND n.read_at IS NULL AND ${READER_SEES}`;
  },

  /** Marks the person's own notifications read (the named ones, or all) and tells their other tabs. */
  markRead(userId: string, ids: string[] | null): Sql {
    const which = ids ? sql`AND id = ANY(${ids}::uuid[])` : raw('');
    return sql`WITH marked AS (UPDATE notification SET read_at = now() WHERE user_id = ${userId} AND read_at IS NULL ${which} RETURNING id)
      SELECT count(*)::int AS n, pg_notify(${NOTIFICATION_CHANNEL}, ${userId}::text) FROM marked`;
  },

  follow(userId: string, objectId: string, arenaId: string): Sql {
    return sql`INSERT INTO object_follow (user_id, object_id, arena_id) VALUES (${userId}, ${objectId}, ${arenaId}) ON CONFLICT DO NOTHING`;
  },

  unfollow(userId: string, objectId: string): Sql {
    return sql`DELETE FROM object_follow WHERE user_id = ${userId} AND object_id = ${objectId}`;
  },

  /** Which of these objects the person follows (for InfrastructureObject.followedByMe, batched). */
  followedAmong(userId: string, objectIds: string[]): Sql {
    return sql`SELECT object_id FROM object_follow WHERE user_id = ${userId} AND object_id = ANY(${objectIds}::uuid[])`;
  },

  /** What a person follows, newest first, in arenas where they still have a role. */
  followed(userId: string, cursor: unknown[] | null, limit: number): Sql {
    const after = cursor ? sql`AND (f.created_at, f.object_id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    return sql`SELECT o.id, o.name, o.kind, o.status, f.arena_id AS "arenaId", f.created_at AS "followedAt", a.slug AS "arenaSlug", a.name AS "arenaName",
        ${raw(timestampCursorSql('f.created_at'))} AS cursor_at, count(*) OVER () AS total_count
      FROM object_follow f
      JOIN infrastructure_object o ON o.id = f.object_id
      JOIN arena a ON a.id = f.arena_id
      JOIN user_arena_role ur ON ur.user_id = f.user_id AND ur.arena_id = f.arena_id
     WHERE f.user_id = ${userId} ${after}
     ORDER BY f.created_at DESC, f.object_id DESC LIMIT ${limit}`;
  },

  emailFrequency(userId: string): Sql {
    return sql`SELECT email_frequency FROM notification_setting WHERE user_id = ${userId}`;
  },

  setEmailFrequency(userId: string, frequency: EmailFrequency): Sql {
    return sql`INSERT INTO notification_setting (user_id, email_frequency) VALUES (${userId}, ${frequency})
      ON CONFLICT (user_id) DO UPDATE SET email_frequency = excluded.email_frequency, updated_at = now()`;
  },

  /**
   * The next people whose digest is due: notifications waiting for the digest written before the
   * latest 07:00 in Stockholm (as of `now`). Those written after wait for the next morning.
   */
  dueDigestUsers(now: Date, limit: number): Sql {
    return sql`SELECT DISTINCT n.user_id FROM notification n
     WHERE n.email_state = 'DIGEST' AND n.created_at < ${digestCutoff(now)} LIMIT ${limit}`;
  },

  /** Takes these people's due notifications for their digest (marks them sent) and answers what the mail tells. */
  takeDigest(userIds: string[], now: Date): Sql {
    return sql`WITH taken AS (
        UPDATE notification SET email_state = 'SENT'
         WHERE user_id = ANY(${userIds}::uuid[]) AND email_state = 'DIGEST' AND created_at < ${digestCutoff(now)}
        RETURNING id, user_id, event_id, reason, created_at)
      SELECT t.id, t.user_id, t.reason, u.email, u.name AS person_name, a.slug AS arena_slug, a.name AS arena_name,
             o.id AS object_id, o.name AS object_name, e.kind, e.data, org.name AS organization_name
        FROM taken t
        JOIN object_event e ON e.id = t.event_id
        JOIN user_account u ON u.id = t.user_id
        JOIN infrastructure_object o ON o.id = e.object_id
        JOIN arena a ON a.id = e.arena_id
        LEFT JOIN organization org ON org.id = e.organization_id
       ORDER BY t.user_id, t.created_at, t.id`;
  },
};

/** The latest 07:00 Europe/Stockholm at or before `now`, as a timestamptz (summer and winter time alike). */
function digestCutoff(now: Date): Sql {
  return sql`((date_trunc('day', ${now}::timestamptz AT TIME ZONE 'Europe/Stockholm') + interval '7 hours'
      - CASE WHEN (${now}::timestamptz AT TIME ZONE 'Europe/Stockholm')::time < '07:00' THEN interval '1 day' ELSE interval '0' END)
      AT TIME ZONE 'Europe/Stockholm')`;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  fanOut(tx: EntityManager, eventIds: string[]): Promise<FannedOutRow[]> {
    return queryPrepared(tx, 'notification-fan-out', notificationStatements.fanOut(eventIds));
  }

  page(userId: string, cursor: unknown[] | null, limit: number, unreadOnly: boolean): Promise<NotificationRow[]> {
    return query(this.db, notificationStatements.page(userId, cursor, limit, unreadOnly));
  }

  async unreadCount(userId: string): Promise<number> {
    return (await query<{ n: number }>(this.db, notificationStatements.unreadCount(userId)))[0].n;
  }

  async markRead(userId: string, ids: string[] | null): Promise<number> {
    return (await query<{ n: number }>(this.db, notificationStatements.markRead(userId, ids)))[0]?.n ?? 0;
  }

  async follow(userId: string, objectId: string, arenaId: string): Promise<void> {
    await query(this.db, notificationStatements.follow(userId, objectId, arenaId));
  }

  async unfollow(userId: string, objectId: string): Promise<void> {
    await query(this.db, notificationStatements.unfollow(userId, objectId));
  }

  async followedAmong(userId: string, objectIds: string[]): Promise<Set<string>> {
    const rows = await query<{ object_id: string }>(this.db, notificationStatements.followedAmong(userId, objectIds));
    return new Set(rows.map((r) => r.object_id));
  }

  followed(userId: string, cursor: unknown[] | null, limit: number): Promise<Record<string, unknown>[]> {
    return query(this.db, notificationStatements.followed(userId, cursor, limit));
  }

  async emailFrequency(userId: string): Promise<EmailFrequency> {
    const [row] = await query<{ email_frequency: EmailFrequency }>(this.db, notificationStatements.emailFrequency(userId));
    return row?.email_frequency ?? DEFAULT_EMAIL_FREQUENCY;
  }

  async setEmailFrequency(userId: string, frequency: EmailFrequency): Promise<void> {
    await query(this.db, notificationStatements.setEmailFrequency(userId, frequency));
  }
}
