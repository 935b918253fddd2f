import type { AgendaItemValues, MeetingDetails, MeetingStatus } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';
import { timestampCursorSql } from '../common/graphql/pagination';
import { OBJECT_COLUMNS_SQL } from '../objects';

export interface MeetingRow {
  id: string;
  arenaId: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  status: MeetingStatus;
  cancelReason: string | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  parentId: string | null;
  position: number;
  title: string;
  description: string | null;
  durationMinutes: number;
  minutes: string | null;
  minutesUpdatedAt: Date | null;
}

export type Upcoming = 'UPCOMING' | 'PAST';

export const MEETING_COLUMNS = raw(`m.id, m.arena_id AS "arenaId", m.title, m.description, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
  m.place, m.online_url AS "onlineUrl", m.capacity, m.status, m.cancel_reason AS "cancelReason", m.sequence,
  m.created_at AS "createdAt", m.updated_at AS "updatedAt"`);

const ITEM_COLUMNS = raw(`i.id, i.meeting_id AS "meetingId", i.parent_id AS "parentId", i.position, i.title, i.description,
  i.duration_minutes AS "durationMinutes", i.minutes, i.minutes_updated_at AS "minutesUpdatedAt"`);

/** The meetings' SQL. */
export const meetingStatements = {
  insert(arenaId: string, d: MeetingDetails, userId: string): Sql {
    return sql`INSERT INTO meeting (arena_id, title, description, starts_at, ends_at, place, online_url, capacity, created_by)
      VALUES (${arenaId}, ${d.title}, ${d.description}, ${d.startsAt}, ${d.endsAt}, ${d.place}, ${d.onlineUrl}, ${d.capacity}, ${userId})
      RETURNING id`;
  },

  /** New details: a calendar that has the meeting must see the change (SEQUENCE). */
  update(id: string, d: MeetingDetails): Sql {
    return sql`UPDATE meeting SET title = ${d.title}, description = ${d.description}, starts_at = ${d.startsAt}, ends_at = ${d.endsAt},
        place = ${d.place}, online_url = ${d.onlineUrl}, capacity = ${d.capacity}, sequence = sequence + 1, updated_at = now()
      WHERE id = ${id}`;
  },

  setStatus(id: string, status: MeetingStatus, cancelReason: string | null): Sql {
    return sql`UPDATE meeting SET status = ${status}, cancel_reason = ${cancelReason}, sequence = sequence + 1, updated_at = now()
      WHERE id = ${id}`;
  },

  byId(id: string, lock: boolean): Sql {
    return sql`SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = ${id} ${raw(lock ? 'FOR UPDATE' : '')}`;
  },

  /**
   * Upcoming meetings (not yet ended) soonest first, or past ones latest first, keyset-paginated on
   * (starts_at, id) in the list's direction, on meeting_arena_starts_idx.
   */
  page(arenaId: string, when: Upcoming, cursor: [string, string] | null, limit: number): Sql {
    const upcoming = when === 'UPCOMING';
    const period = raw(upcoming ? 'm.ends_at >= now()' : 'm.ends_at < now()');
    const after = cursor
      ? sql`AND (m.starts_at, m.id) ${raw(upcoming ? '>' : '<')} (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
      : raw('');
    const order = raw(upcoming ? 'm.starts_at, m.id' : 'm.starts_at DESC, m.id DESC');
    return sql`SELECT ${MEETING_COLUMNS}, ${raw(timestampCursorSql('m.starts_at'))} AS cursor_at,
        count(*) OVER () AS total_count
      FROM meeting m WHERE m.arena_id = ${arenaId} AND ${period} ${after}
      ORDER BY ${order} LIMIT ${limit}`;
  },

  /** The arena's next planned meeting that has not begun: where "put on the next meeting" puts an object. */
  nextPlanned(arenaId: string): Sql {
    return sql`SELECT ${MEETING_COLUMNS} FROM meeting m
      WHERE m.arena_id = ${arenaId} AND m.status = 'PLANNED' AND m.starts_at > now()
      ORDER BY m.starts_at, m.id LIMIT 1 FOR UPDATE`;
  },

  /** Every meeting of the arena for its calendar feed: the last year and everything ahead. */
  forCalendar(arenaId: string): Sql {
    return sql`SELECT ${MEETING_COLUMNS} FROM meeting m
      WHERE m.arena_id = ${arenaId} AND m.starts_at > now() - interval '1 year'
      ORDER BY m.starts_at, m.id LIMIT 500`;
  },

  items(meetingIds: string[]): Sql {
    return sql`SELECT ${ITEM_COLUMNS} FROM agenda_item i WHERE i.meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY i.position, i.id`;
  },

  itemById(id: string): Sql {
    return sql`SELECT ${ITEM_COLUMNS} FROM agenda_item i WHERE i.id = ${id}`;
  },

  /** The objects of the items, in their order, as every reader of a meeting sees objects (the members' audience). */
  itemObjects(itemIds: string[]): Sql {
    return sql`SELECT io.item_id AS "itemId", ${raw(OBJECT_COLUMNS_SQL)}
      FROM agenda_item_object io JOIN infrastructure_object o ON o.id = io.object_id
      WHERE io.item_id = ANY(${itemIds}::uuid[]) ORDER BY io.position`;
  },

  /** A new item last among its siblings. */
  insertItem(meetingId: string, parentId: string | null, v: AgendaItemValues): Sql {
    return sql`INSERT INTO agenda_item (meeting_id, parent_id, position, title, description, duration_minutes)
      VALUES (${meetingId}, ${parentId}, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item
                WHERE meeting_id = ${meetingId} AND parent_id IS NOT DISTINCT FROM ${parentId}::uuid),
              ${v.title}, ${v.description}, ${v.durationMinutes})
      RETURNING id`;
  },

  updateItem(id: string, v: AgendaItemValues): Sql {
    return sql`UPDATE agenda_item SET title = ${v.title}, description = ${v.description}, duration_minutes = ${v.durationMinutes}
      WHERE id = ${id}`;
  },

  setItemObjects(itemId: string, objectIds: string[]): Sql {
    return sql`WITH gone AS (DELETE FROM agenda_item_object WHERE item_id = ${itemId})
      INSERT INTO agenda_item_object (item_id, object_id, position)
      SELECT ${itemId}, id, n FROM unnest(${objectIds}::uuid[]) WITH ORDINALITY AS t(id, n)`;
  },

  /** Whether decisions were recorded under the item or its sub-items (they keep it on the agenda). */
  itemHasDecisions(itemId: string): Sql {
    return sql`SELECT EXISTS (SELECT 1 FROM meeting_decision d JOIN agenda_item i ON i.id = d.item_id
      WHERE i.id = ${itemId} OR i.parent_id = ${itemId}) AS has`;
  },

  deleteItem(id: string): Sql {
    return sql`DELETE FROM agenda_item WHERE id = ${id}`;
  },

  /** Siblings numbered 1, 2, 3 … in the given order. */
  setPositions(orderedIds: string[]): Sql {
    return sql`UPDATE agenda_item i SET position = t.n FROM unnest(${orderedIds}::uuid[]) WITH ORDINALITY AS t(id, n) WHERE i.id = t.id`;
  },

  /** Objects of the arena among the ids (the rest are unknown or another arena's). */
  objectsOfArena(arenaId: string, ids: string[]): Sql {
    return sql`SELECT id FROM infrastructure_object WHERE arena_id = ${arenaId} AND id = ANY(${ids}::uuid[])`;
  },

  /** Touches the meeting: an open page sees it changed (minutes, decisions, attendance). */
  touch(id: string): Sql {
    return sql`UPDATE meeting SET updated_at = now() WHERE id = ${id}`;
  },

  /** The agenda changed: the personal calendars carry it, so their SEQUENCE must rise too. */
  agendaChanged(id: string): Sql {
    return sql`UPDATE meeting SET sequence = sequence + 1, updated_at = now() WHERE id = ${id}`;
  },
};

@Injectable()
export class MeetingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, arenaId: string, details: MeetingDetails, userId: string): Promise<string> {
    const [row] = await query<{ id: string }>(tx, meetingStatements.insert(arenaId, details, userId));
    return row.id;
  }

  async update(tx: EntityManager, id: string, details: MeetingDetails): Promise<void> {
    await query(tx, meetingStatements.update(id, details));
  }

  async setStatus(tx: EntityManager, id: string, status: MeetingStatus, cancelReason: string | null): Promise<void> {
    await query(tx, meetingStatements.setStatus(id, status, cancelReason));
  }

  async byId(id: string, tx?: EntityManager): Promise<MeetingRow | null> {
    const [row] = await query<MeetingRow>(tx ?? this.db, meetingStatements.byId(id, Boolean(tx)));
    return row ?? null;
  }

  page(arenaId: string, when: Upcoming, cursor: [string, string] | null, limit: number) {
    return query<MeetingRow & { cursor_at: string; total_count: string }>(this.db, meetingStatements.page(arenaId, when, cursor, limit));
  }

  async nextPlanned(tx: EntityManager, arenaId: string): Promise<MeetingRow | null> {
    const [row] = await query<MeetingRow>(tx, meetingStatements.nextPlanned(arenaId));
    return row ?? null;
  }

  forCalendar(arenaId: string): Promise<MeetingRow[]> {
    return query<MeetingRow>(this.db, meetingStatements.forCalendar(arenaId));
  }

  items(meetingIds: string[], db: DataSource | EntityManager = this.db): Promise<AgendaItemRow[]> {
    return query<AgendaItemRow>(db, meetingStatements.items(meetingIds));
  }

  /** An agenda item; read in the transaction when given one. */
  async itemById(tx: EntityManager | null, id: string): Promise<AgendaItemRow | null> {
    const [row] = await query<AgendaItemRow>(tx ?? this.db, meetingStatements.itemById(id));
    return row ?? null;
  }

  itemObjects(itemIds: string[]): Promise<(Record<string, unknown> & { itemId: string })[]> {
    return query(this.db, meetingStatements.itemObjects(itemIds));
  }

  async insertItem(tx: EntityManager, meetingId: string, parentId: string | null, values: AgendaItemValues): Promise<string> {
    const [row] = await query<{ id: string }>(tx, meetingStatements.insertItem(meetingId, parentId, values));
    await this.setItemObjects(tx, row.id, values.objectIds);
    return row.id;
  }

  async updateItem(tx: EntityManager, id: string, values: AgendaItemValues): Promise<void> {
    await query(tx, meetingStatements.updateItem(id, values));
    await this.setItemObjects(tx, id, values.objectIds);
  }

  async setItemObjects(tx: EntityManager, itemId: string, objectIds: string[]): Promise<void> {
    await query(tx, meetingStatements.setItemObjects(itemId, objectIds));
  }

  async itemHasDecisions(tx: EntityManager, itemId: string): Promise<boolean> {
    const [row] = await query<{ has: boolean }>(tx, meetingStatements.itemHasDecisions(itemId));
    return row.has;
  }

  async deleteItem(tx: EntityManager, id: string): Promise<void> {
    await query(tx, meetingStatements.deleteItem(id));
  }

  async setPositions(tx: EntityManager, orderedIds: string[]): Promise<void> {
    await query(tx, meetingStatements.setPositions(orderedIds));
  }

  async objectsOfArena(tx: EntityManager, arenaId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await query<{ id: string }>(tx, meetingStatements.objectsOfArena(arenaId, ids));
    return new Set(rows.map((r) => r.id));
  }

  async touch(tx: EntityManager, id: string): Promise<void> {
    await query(tx, meetingStatements.touch(id));
  }

  async agendaChanged(tx: EntityManager, id: string): Promise<void> {
    await query(tx, meetingStatements.agendaChanged(id));
  }
}
