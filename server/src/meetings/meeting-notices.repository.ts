import { DEFAULT_EMAIL_FREQUENCY } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';
import type { MailableMeeting, MailRecipient } from './meeting-mail';

export interface NoticeRow {
  meetingId: string;
  sentAt: Date;
  sentByName: string | null;
  recipientCount: number;
  isUpdate: boolean;
  timesSent: number;
}

/** A person takes meeting mail unless they chose no e-mail at all on their profile. */
const MAIL_ALLOWED = raw(`coalesce(st.email_frequency, '${DEFAULT_EMAIL_FREQUENCY}') <> 'NONE'`);

const MAILABLE_MEETING = raw(`m.id, m.arena_id AS "arenaId", a.name AS "arenaName", m.title, m.starts_at AS "startsAt",
  m.ends_at AS "endsAt", m.place, m.online_url AS "onlineUrl"`);

/** The notices' and reminders' SQL. */
export const noticeStatements = {
  /** Everyone with a role in the arena who takes e-mail. */
  arenaRecipients(arenaId: string): Sql {
    return sql`SELECT u.email, u.name FROM user_arena_role r JOIN user_account u ON u.id = r.user_id
      LEFT JOIN notification_setting st ON st.user_id = u.id
      WHERE r.arena_id = ${arenaId} AND ${MAIL_ALLOWED} ORDER BY u.email`;
  },

  mailableMeeting(meetingId: string): Sql {
    return sql`SELECT ${MAILABLE_MEETING} FROM meeting m JOIN arena a ON a.id = m.arena_id WHERE m.id = ${meetingId}`;
  },

  insertNotice(meetingId: string, userId: string, recipientCount: number, isUpdate: boolean): Sql {
    return sql`INSERT INTO meeting_notice (meeting_id, sent_by, recipient_count, is_update)
      VALUES (${meetingId}, ${userId}, ${recipientCount}, ${isUpdate})`;
  },

  /** The latest notice of each meeting, and how many were sent. */
  lastNotices(meetingIds: string[]): Sql {
    return sql`SELECT DISTINCT ON (n.meeting_id) n.meeting_id AS "meetingId", n.sent_at AS "sentAt", u.name AS "sentByName",
        n.recipient_count AS "recipientCount", n.is_update AS "isUpdate",
        (count(*) OVER (PARTITION BY n.meeting_id))::int AS "timesSent"
      FROM meeting_notice n LEFT JOIN user_account u ON u.id = n.sent_by
      WHERE n.meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY n.meeting_id, n.sent_at DESC`;
  },

  /**
   * Planned meetings whose day-before reminder is due: from 07:00 Swedish time the day before
   * (or at once for a meeting planned later than that), until it starts; on meeting_planned_starts_idx.
   */
  dueReminders(now: Date, limit: number): Sql {
    return sql`SELECT ${MAILABLE_MEETING}, m.capacity FROM meeting m JOIN arena a ON a.id = m.arena_id
      WHERE m.status = 'PLANNED' AND m.starts_at > ${now} AND m.starts_at <= ${now}::timestamptz + interval '2 days'
        AND (date_trunc('day', m.starts_at AT TIME ZONE 'Europe/Stockholm') - interval '17 hours') AT TIME ZONE 'Europe/Stockholm' <= ${now}
        AND NOT EXISTS (SELECT 1 FROM meeting_reminder r WHERE r.meeting_id = m.id AND r.starts_at = m.starts_at)
      ORDER BY m.starts_at, m.id LIMIT ${limit}`;
  },

  /** Those with a seat (the first `capacity` by time of registration) who take e-mail. */
  seated(meetingId: string, capacity: number | null): Sql {
    return sql`SELECT s.email, s.name FROM (
        SELECT u.email, u.name, st.email_frequency, row_number() OVER (ORDER BY g.registered_at, g.user_id) AS place
        FROM meeting_registration g JOIN user_account u ON u.id = g.user_id
        LEFT JOIN notification_setting st ON st.user_id = u.id WHERE g.meeting_id = ${meetingId}) s
      WHERE (${capacity}::int IS NULL OR s.place <= ${capacity}::int)
        AND coalesce(s.email_frequency, ${DEFAULT_EMAIL_FREQUENCY}) <> 'NONE' ORDER BY s.place`;
  },

  /** Claims the reminder of the meeting at its start: no row back when it was already sent (a moved meeting is reminded anew). */
  claimReminder(meetingId: string, startsAt: Date, recipientCount: number): Sql {
    return sql`INSERT INTO meeting_reminder (meeting_id, starts_at, recipient_count) VALUES (${meetingId}, ${startsAt}, ${recipientCount})
      ON CONFLICT DO NOTHING RETURNING meeting_id`;
  },

  personIfMailable(userId: string): Sql {
    return sql`SELECT u.email, u.name FROM user_account u LEFT JOIN notification_setting st ON st.user_id = u.id
      WHERE u.id = ${userId} AND ${MAIL_ALLOWED}`;
  },
};

@Injectable()
export class MeetingNoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  arenaRecipients(tx: EntityManager, arenaId: string): Promise<MailRecipient[]> {
    return query<MailRecipient>(tx, noticeStatements.arenaRecipients(arenaId));
  }

  async mailableMeeting(tx: EntityManager, meetingId: string): Promise<MailableMeeting> {
    const [row] = await query<MailableMeeting>(tx, noticeStatements.mailableMeeting(meetingId));
    return row;
  }

  async insertNotice(tx: EntityManager, meetingId: string, userId: string, recipientCount: number, isUpdate: boolean): Promise<void> {
    await query(tx, noticeStatements.insertNotice(meetingId, userId, recipientCount, isUpdate));
  }

  lastNotices(meetingIds: string[], db: DataSource | EntityManager = this.db): Promise<NoticeRow[]> {
    return query<NoticeRow>(db, noticeStatements.lastNotices(meetingIds));
  }

  dueReminders(tx: EntityManager, now: Date, limit: number): Promise<(MailableMeeting & { capacity: number | null })[]> {
    return query(tx, noticeStatements.dueReminders(now, limit));
  }

  seated(tx: EntityManager, meetingId: string, capacity: number | null): Promise<MailRecipient[]> {
    return query<MailRecipient>(tx, noticeStatements.seated(meetingId, capacity));
  }

  async claimReminder(tx: EntityManager, meetingId: string, startsAt: Date, recipientCount: number): Promise<boolean> {
    return (await query(tx, noticeStatements.claimReminder(meetingId, startsAt, recipientCount))).length > 0;
  }

  async personIfMailable(tx: EntityManager, userId: string): Promise<MailRecipient | null> {
    const [row] = await query<MailRecipient>(tx, noticeStatements.personIfMailable(userId));
    return row ?? null;
  }
}
