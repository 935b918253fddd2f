import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, type Sql, sql } from '../common/database/sql';

export interface RegistrationRow {
  userId: string;
  name: string;
  organizationName: string | null;
  registeredAt: Date;
  /** 1, 2, 3 … in the order of registration. */
  place: number;
}

/** The registrations' SQL: the order of registration decides who has a seat and who waits. */
export const registrationStatements = {
  register(meetingId: string, userId: string): Sql {
    return sql`INSERT INTO meeting_registration (meeting_id, user_id) VALUES (${meetingId}, ${userId}) ON CONFLICT DO NOTHING`;
  },

  cancel(meetingId: string, userId: string): Sql {
    return sql`DELETE FROM meeting_registration WHERE meeting_id = ${meetingId} AND user_id = ${userId}`;
  },

  inOrder(meetingId: string): Sql {
    return sql`SELECT g.user_id AS "userId", u.name, org.name AS "organizationName", g.registered_at AS "registeredAt",
        row_number() OVER (ORDER BY g.registered_at, g.user_id)::int AS place
      FROM meeting_registration g JOIN user_account u ON u.id = g.user_id LEFT JOIN organization org ON org.id = u.organization_id
      WHERE g.meeting_id = ${meetingId} ORDER BY g.registered_at, g.user_id`;
  },
};

@Injectable()
export class MeetingRegistrationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async register(tx: EntityManager, meetingId: string, userId: string): Promise<void> {
    await query(tx, registrationStatements.register(meetingId, userId));
  }

  async cancel(tx: EntityManager, meetingId: string, userId: string): Promise<void> {
    await query(tx, registrationStatements.cancel(meetingId, userId));
  }

  inOrder(meetingId: string, tx?: EntityManager): Promise<RegistrationRow[]> {
    return query<RegistrationRow>(tx ?? this.db, registrationStatements.inOrder(meetingId));
  }
}
