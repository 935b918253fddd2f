import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Audience, PUBLISHED_OBJECT_SQL } from '../access';
import { query, raw, sql } from '../common/database/sql';
import { OBJECT_COLUMNS_SQL } from '../objects';

export interface PriorityChangeRow {
  id: string;
  kind: string;
  objectId: string | null;
  fromRank: number | null;
  toRank: number | null;
  reason: string | null;
  changedByName: string | null;
  changedAt: Date;
  cursorAt: string;
}

export interface PriorityVersionRow {
  id: string;
  arenaId: string;
  number: number;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  itemNumber: string;
  decisionId: string;
  adoptedAt: Date;
}

export interface ObjectRankRow {
  number: number;
  adoptedAt: Date;
  rank: number | null;
}

const VERSION_COLUMNS = raw(`v.id, v.arena_id AS "arenaId", v.number, v.meeting_id AS "meetingId", m.title AS "meetingTitle",
  m.starts_at AS "meetingStartsAt", v.item_number AS "itemNumber", v.decision_id AS "decisionId", v.adopted_at AS "adoptedAt"`);

/** The priority list's SQL, in one place. Every list here is bounded by the list's size (at most 100) or paged. */
@Injectable()
export class PrioritiesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The arena's list row, created on first use and locked for the rest of the transaction: changes to one list run one after another. */
  async lockList(tx: EntityManager, arenaId: string): Promise<number> {
    await query(tx, sql`INSERT INTO priority_list (arena_id) VALUES (${arenaId}) ON CONFLICT (arena_id) DO NOTHING`);
    const [row] = await query<{ size: number }>(tx, sql`SELECT size FROM priority_list WHERE arena_id = ${arenaId} FOR UPDATE`);
    return row.size;
  }

  async size(arenaId: string): Promise<number | null> {
    const [row] = await query<{ size: number }>(this.db, sql`SELECT size FROM priority_list WHERE arena_id = ${arenaId}`);
    return row?.size ?? null;
  }

  async setSize(tx: EntityManager, arenaId: string, size: number): Promise<void> {
    await query(tx, sql`UPDATE priority_list SET size = ${size}, updated_at = now() WHERE arena_id = ${arenaId}`);
  }

  /** The working list's object ids in rank order. */
  async entries(db: DataSource | EntityManager | null, arenaId: string): Promise<string[]> {
    const rows = await query<{ objectId: string }>(
      db ?? this.db,
      sql`SELECT object_id AS "objectId" FROM priority_entry WHERE arena_id = ${arenaId} ORDER BY rank`,
    );
    return rows.map((r) => r.objectId);
  }

  async replaceEntries(tx: EntityManager, arenaId: string, objectIds: readonly string[]): Promise<void> {
    await query(tx, sql`DELETE FROM priority_entry WHERE arena_id = ${arenaId}`);
    if (objectIds.length === 0) return;
    await query(
      tx,
      sql`INSERT INTO priority_entry (arena_id, rank, object_id)
        SELECT ${arenaId}, n, id FROM unnest(${objectIds}::uuid[]) WITH ORDINALITY AS l(id, n)`,
    );
  }

  /** Which of the ids are objects of the arena. */
  async objectsOfArena(arenaId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await query<{ id: string }>(
      this.db,
      sql`SELECT id FROM infrastructure_object WHERE arena_id = ${arenaId} AND id = ANY(${ids}::uuid[])`,
    );
    return new Set(rows.map((r) => r.id));
  }

  async insertChange(
    tx: EntityManager,
    change: {
      arenaId: string;
      kind: string;
      objectId: string | null;
      fromRank: number | null;
      toRank: number | null;
      reason: string | null;
      by: string;
    },
  ): Promise<string> {
    const [row] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO priority_change (arena_id, kind, object_id, from_rank, to_rank, reason, changed_by)
        VALUES (${change.arenaId}, ${change.kind}, ${change.objectId}, ${change.fromRank}, ${change.toRank}, ${change.reason}, ${change.by})
        RETURNING id`,
    );
    return row.id;
  }

  /** The changes of the working list, newest first (keyset on changed_at, id: priority_change_arena_idx). */
  async changes(arenaId: string, limit: number, cursor: [string, string] | null): Promise<{ rows: PriorityChangeRow[]; total: number }> {
    const after = cursor ? sql` AND (c.changed_at, c.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : raw('');
    const rows = await query<PriorityChangeRow>(
      this.db,
      sql`SELECT c.id, c.kind, c.object_id AS "objectId", c.from_rank AS "fromRank", c.to_rank AS "toRank", c.reason,
          u.name AS "changedByName", c.changed_at AS "changedAt",
          to_char(c.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
        FROM priority_change c LEFT JOIN user_account u ON u.id = c.changed_by
        WHERE c.arena_id = ${arenaId}${after} ORDER BY c.changed_at DESC, c.id DESC LIMIT ${limit}`,
    );
    const [count] = await query<{ n: number }>(this.db, sql`SELECT count(*)::int AS n FROM priority_change WHERE arena_id = ${arenaId}`);
    return { rows, total: count.n };
  }

  /**
   * Objects by id as an audience sees them, in the given order, with that audience's totals (like
   * the ranking's rows) and whether a visitor may see the object at all (`published`).
   */
  async objects(audience: Audience, ids: readonly string[]): Promise<Record<string, unknown>[]> {
    return query(
      this.db,
      sql`SELECT ${raw(OBJECT_COLUMNS_SQL)},
          coalesce(t.${raw(audience)}_delay_hours_per_week, 0) AS t_delay_hours_per_week,
          coalesce(t.${raw(audience)}_extra_cost_sek_per_year, 0) AS t_extra_cost_sek_per_year,
          coalesce(t.${raw(audience)}_freight_tonnes_per_year, 0) AS t_freight_tonnes_per_year,
          coalesce(t.${raw(audience)}_organizations, 0) AS "organizationCount", coalesce(t.${raw(audience)}_reports, 0) AS "reportCount",
          coalesce(t.${raw(audience)}_categories, '{}') AS categories, ${raw(PUBLISHED_OBJECT_SQL)} AS published
        FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS page(id, n) JOIN infrastructure_object o ON o.id = page.id
        LEFT JOIN object_totals t ON t.object_id = o.id ORDER BY page.n`,
    );
  }

  /** A new adopted version: the next number of the arena (numbers of withdrawn versions are not reused), the working list frozen. */
  async insertVersion(
    tx: EntityManager,
    version: { arenaId: string; meetingId: string; itemId: string; itemNumber: string; decisionId: string },
  ): Promise<{ id: string; number: number }> {
    const [row] = await query<{ id: string; number: number }>(
      tx,
      sql`INSERT INTO priority_version (arena_id, number, meeting_id, item_id, item_number, decision_id)
        SELECT ${version.arenaId}, coalesce(max(number), 0) + 1, ${version.meetingId}, ${version.itemId}, ${version.itemNumber}, ${version.decisionId}
        FROM priority_version WHERE arena_id = ${version.arenaId}
        RETURNING id, number`,
    );
    await query(
      tx,
      sql`INSERT INTO priority_version_entry (version_id, rank, object_id)
        SELECT ${row.id}, rank, object_id FROM priority_entry WHERE arena_id = ${version.arenaId}`,
    );
    return row;
  }

  /** Withdraws the version a retracted decision adopted; answers its number, or null when the decision adopted none. */
  async withdrawVersion(tx: EntityManager, decisionId: string): Promise<number | null> {
    const rows = await query<{ number: number }>(
      tx,
      sql`UPDATE priority_version SET withdrawn_at = clock_timestamp() WHERE decision_id = ${decisionId} AND withdrawn_at IS NULL RETURNING number`,
    );
    return rows[0]?.number ?? null;
  }

  /** Adopted (not withdrawn) versions of the arena, newest first, from before `beforeNumber` when given. */
  async versions(arenaId: string, limit: number, beforeNumber: number | null): Promise<PriorityVersionRow[]> {
    const before = beforeNumber != null ? sql` AND v.number < ${beforeNumber}` : raw('');
    return query(
      this.db,
      sql`SELECT ${VERSION_COLUMNS} FROM priority_version v JOIN meeting m ON m.id = v.meeting_id
        WHERE v.arena_id = ${arenaId} AND v.withdrawn_at IS NULL${before} ORDER BY v.number DESC LIMIT ${limit}`,
    );
  }

  async versionCount(arenaId: string): Promise<number> {
    const [row] = await query<{ n: number }>(
      this.db,
      sql`SELECT count(*)::int AS n FROM priority_version WHERE arena_id = ${arenaId} AND withdrawn_at IS NULL`,
    );
    return row.n;
  }

  async versionByNumber(arenaId: string, number: number): Promise<PriorityVersionRow | null> {
    const [row] = await query<PriorityVersionRow>(
      this.db,
      sql`SELECT ${VERSION_COLUMNS} FROM priority_version v JOIN meeting m ON m.id = v.meeting_id
        WHERE v.arena_id = ${arenaId} AND v.number = ${number} AND v.withdrawn_at IS NULL`,
    );
    return row ?? null;
  }

  /** Object ids of versions in rank order, by version id. */
  async versionEntries(versionIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await query<{ versionId: string; objectId: string }>(
      this.db,
      sql`SELECT version_id AS "versionId", object_id AS "objectId" FROM priority_version_entry
        WHERE version_id = ANY(${versionIds}::uuid[]) ORDER BY version_id, rank`,
    );
    const byVersion = new Map<string, string[]>(versionIds.map((id) => [id, []]));
    for (const row of rows) byVersion.get(row.versionId)!.push(row.objectId);
    return byVersion;
  }

  /** The object's rank in each adopted version of its arena, oldest first (null: not on that version). */
  async objectRanks(objectId: string): Promise<ObjectRankRow[]> {
    return query(
      this.db,
      sql`SELECT v.number, v.adopted_at AS "adoptedAt", e.rank FROM infrastructure_object o
        JOIN priority_version v ON v.arena_id = o.arena_id AND v.withdrawn_at IS NULL
        LEFT JOIN priority_version_entry e ON e.version_id = v.id AND e.object_id = o.id
        WHERE o.id = ${objectId} ORDER BY v.number`,
    );
  }
}
