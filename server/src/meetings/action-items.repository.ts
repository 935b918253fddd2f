import { DEFAULT_EMAIL_FREQUENCY } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';
import type { MailableActionItem } from './meeting-mail';

export type ActionItemFilter = 'OPEN' | 'DONE' | 'MINE' | 'ALL';

export interface ActionItemRow {
  id: string;
  arenaId: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  itemId: string;
  itemTitle: string;
  text: string;
  owner: string;
  ownerUserId: string | null;
  dueDate: string | null;
  doneAt: Date | null;
  doneByName: string | null;
  /** The sort key: open (0) before done (1), then by due date (none last), then id. */
  doneRank: number;
  dueKey: string;
}

/**
 * The action item's owner is written in words at the meeting; it is a person of the arena when it
 * names exactly one of them, by name or e-mail (case aside). That person may mark it done and is
 * reminded of it.
 */
const OWNER_JOIN = raw(`LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) = 1 THEN min(u.id::text)::uuid END AS user_id
      FROM user_arena_role r JOIN user_account u ON u.id = r.user_id
     WHERE r.arena_id = m.arena_id
       AND (lower(u.name) = lower(btrim(d.data ->> 'owner')) OR lower(u.email) = lower(btrim(d.data ->> 'owner')))
  ) ow ON true`);

const ACTION_ITEMS = sql`
  SELECT d.id, m.arena_id AS "arenaId", m.id AS "meetingId", m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt",
         ai.id AS "itemId", ai.title AS "itemTitle", d.text, d.data ->> 'owner' AS owner, ow.user_id AS "ownerUserId",
         d.data ->> 'dueDate' AS "dueDate", p.done_at AS "doneAt", du.name AS "doneByName",
         (p.done_at IS NOT NULL)::int AS "doneRank", coalesce(d.data ->> 'dueDate', '9999-12-31') AS "dueKey"
    FROM meeting m
    JOIN meeting_decision d ON d.meeting_id = m.id AND d.kind = 'ACTION_ITEM' AND d.retracted_at IS NULL
    JOIN agenda_item ai ON ai.id = d.item_id
    LEFT JOIN action_item_progress p ON p.decision_id = d.id
    LEFT JOIN user_account du ON du.id = p.done_by
    ${OWNER_JOIN}
   WHERE m.status <> 'CANCELLED'`;

/** The action items' SQL. */
export const actionItemStatements = {
  /** One page of the arena's action items, open first by due date; the count is of the whole filtered list. */
  page(arenaId: string, filter: ActionItemFilter, userId: string | null, cursor: [number, string, string] | null, limit: number): Sql {
    const where =
      filter === 'OPEN'
        ? sql`"doneAt" IS NULL`
        : filter === 'DONE'
          ? sql`"doneAt" IS NOT NULL`
          : filter === 'MINE'
            ? sql`"ownerUserId" = ${userId}::uuid`
            : sql`true`;
    const after = cursor ? sql`("doneRank", "dueKey", id) > (${cursor[0]}::int, ${cursor[1]}::text, ${cursor[2]}::uuid)` : sql`true`;
    return sql`WITH items AS (${ACTION_ITEMS} AND m.arena_id = ${arenaId}),
      filtered AS (SELECT *, (count(*) OVER ())::int AS "totalCount" FROM items WHERE ${where})
      SELECT * FROM filtered WHERE ${after} ORDER BY "doneRank", "dueKey", id LIMIT ${limit}`;
  },

  byId(id: string): Sql {
    return sql`${ACTION_ITEMS} AND d.id = ${id}`;
  },

  markDone(id: string, userId: string): Sql {
    return sql`INSERT INTO action_item_progress (decision_id, done_at, done_by) VALUES (${id}, now(), ${userId})
      ON CONFLICT (decision_id) DO UPDATE SET done_at = now(), done_by = excluded.done_by
      WHERE action_item_progress.done_at IS NULL`;
  },

  markOpen(id: string): Sql {
    return sql`UPDATE action_item_progress SET done_at = NULL, done_by = NULL WHERE decision_id = ${id}`;
  },

  /**
   * Open action items whose owner is due a reminder on `today` (Swedish date): due within `days`
   * and not yet told so, or overdue and not yet told that; owners who chose no e-mail are skipped.
   */
  dueReminders(today: string, days: number, limit: number): Sql {
    return sql`SELECT x.id, x."arenaId", x."meetingId", x."meetingTitle", x.text, x."dueDate", u.email, u.name,
        (x."dueDate"::date < ${today}::date) AS overdue
      FROM (${ACTION_ITEMS} AND d.data ->> 'dueDate' IS NOT NULL) x
      JOIN user_account u ON u.id = x."ownerUserId"
      LEFT JOIN notification_setting st ON st.user_id = u.id
      LEFT JOIN action_item_progress p ON p.decision_id = x.id
      WHERE x."doneAt" IS NULL AND coalesce(st.email_frequency, ${DEFAULT_EMAIL_FREQUENCY}) <> 'NONE'
        AND ((x."dueDate"::date < ${today}::date AND p.overdue_mailed_at IS NULL)
          OR (x."dueDate"::date >= ${today}::date AND x."dueDate"::date <= ${today}::date + ${days}::int AND p.due_soon_mailed_at IS NULL))
      ORDER BY x.id LIMIT ${limit}`;
  },

  /** Marks the reminders as sent, in the transaction that puts them in the outbox. */
  markReminded(ids: string[], overdue: boolean): Sql {
    const column = raw(overdue ? 'overdue_mailed_at' : 'due_soon_mailed_at');
    return sql`INSERT INTO action_item_progress (decision_id, ${column}) SELECT unnest(${ids}::uuid[]), now()
      ON CONFLICT (decision_id) DO UPDATE SET ${column} = now()`;
  },
};

@Injectable()
export class ActionItemsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  page(arenaId: string, filter: ActionItemFilter, userId: string | null, cursor: [number, string, string] | null, limit: number) {
    return query<ActionItemRow & { totalCount: number }>(this.db, actionItemStatements.page(arenaId, filter, userId, cursor, limit));
  }

  async byId(id: string, tx?: EntityManager): Promise<ActionItemRow | null> {
    const [row] = await query<ActionItemRow>(tx ?? this.db, actionItemStatements.byId(id));
    return row ?? null;
  }

  async setDone(tx: EntityManager, id: string, userId: string, done: boolean): Promise<void> {
    await query(tx, done ? actionItemStatements.markDone(id, userId) : actionItemStatements.markOpen(id));
  }

  dueReminders(tx: EntityManager, today: string, days: number, limit: number) {
    return query<MailableActionItem & { id: string; overdue: boolean }>(tx, actionItemStatements.dueReminders(today, days, limit));
  }

  async markReminded(tx: EntityManager, ids: string[], overdue: boolean): Promise<void> {
    if (ids.length) await query(tx, actionItemStatements.markReminded(ids, overdue));
  }
}
