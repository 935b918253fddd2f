import type { DecisionKind } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, type Sql, sql } from '../common/database/sql';

export interface AttendeeRow {
  id: string;
  meetingId: string;
  userId: string | null;
  name: string;
  organizationName: string | null;
  recordedAt: Date;
}

export interface DecisionRow {
  id: string;
  meetingId: string;
  itemId: string;
  kind: DecisionKind;
  objectId: string | null;
  objectName: string | null;
  data: Record<string, unknown>;
  text: string | null;
  recordedAt: Date;
  retractedAt: Date | null;
  retractReason: string | null;
}

const DECISION_COLUMNS = sql`d.id, d.meeting_id AS "meetingId", d.item_id AS "itemId", d.kind, d.object_id AS "objectId", o.name AS "objectName",
  d.data, d.text, d.recorded_at AS "recordedAt", d.retracted_at AS "retractedAt", d.retract_reason AS "retractReason"`;

/** The SQL of what a meeting records: attendance, minutes, decisions. */
export const meetingRecordStatements = {
  attendees(meetingIds: string[]): Sql {
    return sql`SELECT a.id, a.meeting_id AS "meetingId", a.user_id AS "userId", a.name, a.organization_name AS "organizationName",
        a.recorded_at AS "recordedAt"
      FROM meeting_attendee a WHERE a.meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY a.name COLLATE "sv-SE-x-icu", a.id`;
  },

  /** A person of the arena by their account (name and organization as they are now), or a guest by name. */
  addAttendee(meetingId: string, userId: string | null, name: string | null, organizationName: string | null, by: string): Sql {
    return userId
      ? sql`INSERT INTO meeting_attendee (meeting_id, user_id, name, organization_name, recorded_by)
          SELECT ${meetingId}, u.id, u.name, org.name, ${by} FROM user_account u LEFT JOIN organization org ON org.id = u.organization_id
           WHERE u.id = ${userId}
          ON CONFLICT (meeting_id, user_id) WHERE user_id IS NOT NULL DO NOTHING RETURNING id`
      : sql`INSERT INTO meeting_attendee (meeting_id, name, organization_name, recorded_by)
          VALUES (${meetingId}, ${name}, ${organizationName}, ${by}) RETURNING id`;
  },

  attendeeById(id: string): Sql {
    return sql`SELECT id, meeting_id AS "meetingId" FROM meeting_attendee WHERE id = ${id}`;
  },

  hasRoleInArena(userId: string, arenaId: string): Sql {
    return sql`SELECT EXISTS (SELECT 1 FROM user_arena_role WHERE user_id = ${userId} AND arena_id = ${arenaId}) AS has`;
  },

  removeAttendee(id: string): Sql {
    return sql`DELETE FROM meeting_attendee WHERE id = ${id}`;
  },

  setMinutes(itemId: string, minutes: string | null): Sql {
    return sql`UPDATE agenda_item SET minutes = ${minutes}, minutes_updated_at = now() WHERE id = ${itemId}`;
  },

  minutes(itemIds: string[]): Sql {
    return sql`SELECT id, minutes, minutes_updated_at AS "minutesUpdatedAt" FROM agenda_item WHERE id = ANY(${itemIds}::uuid[])`;
  },

  insertDecision(d: {
    id: string;
    meetingId: string;
    itemId: string;
    kind: DecisionKind;
    objectId: string | null;
    data: object;
    text: string | null;
    by: string;
  }): Sql {
    return sql`INSERT INTO meeting_decision (id, meeting_id, item_id, kind, object_id, data, text, recorded_by)
      VALUES (${d.id}, ${d.meetingId}, ${d.itemId}, ${d.kind}, ${d.objectId}, ${JSON.stringify(d.data)}::jsonb, ${d.text}, ${d.by})`;
  },

  decisions(meetingIds: string[]): Sql {
    return sql`SELECT ${DECISION_COLUMNS} FROM meeting_decision d LEFT JOIN infrastructure_object o ON o.id = d.object_id
      WHERE d.meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY d.recorded_at, d.id`;
  },

  decisionById(id: string, lock: boolean): Sql {
    return sql`SELECT ${DECISION_COLUMNS} FROM meeting_decision d LEFT JOIN infrastructure_object o ON o.id = d.object_id
      WHERE d.id = ${id} ${lock ? sql`FOR UPDATE OF d` : sql``}`;
  },

  retract(id: string, by: string, reason: string): Sql {
    return sql`UPDATE meeting_decision SET retracted_at = clock_timestamp(), retracted_by = ${by}, retract_reason = ${reason} WHERE id = ${id}`;
  },
};

@Injectable()
export class MeetingRecordsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  attendees(meetingId: string): Promise<AttendeeRow[]> {
    return query<AttendeeRow>(this.db, meetingRecordStatements.attendees([meetingId]));
  }

  async addAttendee(tx: EntityManager, meetingId: string, userId: string | null, name: string | null, org: string | null, by: string) {
    const rows = await query<{ id: string }>(tx, meetingRecordStatements.addAttendee(meetingId, userId, name, org, by));
    return rows[0]?.id ?? null;
  }

  async attendeeById(id: string): Promise<{ id: string; meetingId: string } | null> {
    const [row] = await query<{ id: string; meetingId: string }>(this.db, meetingRecordStatements.attendeeById(id));
    return row ?? null;
  }

  async removeAttendee(tx: EntityManager, id: string): Promise<void> {
    await query(tx, meetingRecordStatements.removeAttendee(id));
  }

  async setMinutes(tx: EntityManager, itemId: string, minutes: string | null): Promise<void> {
    await query(tx, meetingRecordStatements.setMinutes(itemId, minutes));
  }

  minutes(itemIds: string[]): Promise<{ id: string; minutes: string | null; minutesUpdatedAt: Date | null }[]> {
    return query(this.db, meetingRecordStatements.minutes(itemIds));
  }

  async insertDecision(tx: EntityManager, decision: Parameters<typeof meetingRecordStatements.insertDecision>[0]): Promise<void> {
    await query(tx, meetingRecordStatements.insertDecision(decision));
  }

  decisions(meetingId: string): Promise<DecisionRow[]> {
    return query<DecisionRow>(this.db, meetingRecordStatements.decisions([meetingId]));
  }

  /** A decision; in a transaction (tx) locked until it ends. */
  async decisionById(tx: EntityManager | null, id: string, lock = false): Promise<DecisionRow | null> {
    const [row] = await query<DecisionRow>(tx ?? this.db, meetingRecordStatements.decisionById(id, lock));
    return row ?? null;
  }

  async retract(tx: EntityManager, id: string, by: string, reason: string): Promise<void> {
    await query(tx, meetingRecordStatements.retract(id, by, reason));
  }

  async hasRoleInArena(tx: EntityManager, userId: string, arenaId: string): Promise<boolean> {
    const [row] = await query<{ has: boolean }>(tx, meetingRecordStatements.hasRoleInArena(userId, arenaId));
    return row.has;
  }
}
