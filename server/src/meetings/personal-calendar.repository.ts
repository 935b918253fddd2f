import { ARENA_ROLES, can } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { query, type Sql, sql } from '../common/database/sql';
import { MEETING_COLUMNS, type MeetingRow } from './meetings.repository';

/** A meeting the person registered for, with their place in the order of registration (1, 2, 3 …). */
export type RegisteredMeetingRow = MeetingRow & { registrationPlace: number };

/** Roles that still let a person read an arena's meetings: a feed shows nothing of an arena they left. */
const READER_ROLES = ARENA_ROLES.filter((role) => can(role, 'readMembersAudience'));

/** The personal calendar's SQL: the secret's hash, and the meetings of the person it belongs to. */
export const personalCalendarStatements = {
  /** A new secret replaces the old one (whose URL stops working). */
  renew(userId: string, tokenHash: string): Sql {
    return sql`INSERT INTO personal_calendar_token (user_id, token_hash) VALUES (${userId}, ${tokenHash})
      ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
      RETURNING created_at AS "createdAt"`;
  },

  createdAt(userId: string): Sql {
    return sql`SELECT created_at AS "createdAt" FROM personal_calendar_token WHERE user_id = ${userId}`;
  },

  ownerOf(tokenHash: string): Sql {
    return sql`SELECT user_id AS "userId" FROM personal_calendar_token WHERE token_hash = ${tokenHash}`;
  },

  /**
   * The person's registrations of the last year and ahead (meeting_registration_user_idx), in
   * arenas they may still read, with their place among the meeting's registrations
   * (meeting_registration_order_idx).
   */
  registeredMeetings(userId: string): Sql {
    return sql`SELECT ${MEETING_COLUMNS},
        (SELECT count(*) FROM meeting_registration o
          WHERE o.meeting_id = g.meeting_id AND (o.registered_at, o.user_id) <= (g.registered_at, g.user_id))::int AS "registrationPlace"
      FROM meeting_registration g
      JOIN meeting m ON m.id = g.meeting_id
      JOIN user_arena_role r ON r.user_id = g.user_id AND r.arena_id = m.arena_id AND r.role = ANY(${READER_ROLES}::text[])
      WHERE g.user_id = ${userId} AND m.starts_at > now() - interval '1 year'
      ORDER BY m.starts_at, m.id LIMIT 500`;
  },
};

@Injectable()
export class PersonalCalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async renew(userId: string, tokenHash: string): Promise<Date> {
    const [row] = await query<{ createdAt: Date }>(this.db, personalCalendarStatements.renew(userId, tokenHash));
    return row.createdAt;
  }

  async createdAt(userId: string): Promise<Date | null> {
    const [row] = await query<{ createdAt: Date }>(this.db, personalCalendarStatements.createdAt(userId));
    return row?.createdAt ?? null;
  }

  async ownerOf(tokenHash: string): Promise<string | null> {
    const [row] = await query<{ userId: string }>(this.db, personalCalendarStatements.ownerOf(tokenHash));
    return row?.userId ?? null;
  }

  registeredMeetings(userId: string): Promise<RegisteredMeetingRow[]> {
    return query<RegisteredMeetingRow>(this.db, personalCalendarStatements.registeredMeetings(userId));
  }
}
