import type { SavedViewContent } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';

export interface SavedViewRow {
  id: string;
  arenaId: string;
  ownerId: string;
  ownerName: string;
  name: string;
  shared: boolean;
  view: SavedViewContent;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = raw(`v.id, v.arena_id AS "arenaId", v.owner_id AS "ownerId", u.name AS "ownerName", v.name, v.shared, v.view,
  v.created_at AS "createdAt", v.updated_at AS "updatedAt"`);

/** The saved views' SQL. */
@Injectable()
export class SavedViewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The views a user sees in an arena (their own and the shared ones), by name then id, from the
   * keyset (name, id); two index scans (saved_view_owner_idx, saved_view_shared_idx) merged.
   */
  async page(
    arenaId: string,
    userId: string,
    after: [string, string] | null,
    limit: number,
  ): Promise<{ rows: SavedViewRow[]; total: number }> {
    const visible = sql`v.arena_id = ${arenaId} AND (v.owner_id = ${userId} OR v.shared)`;
    const cursor: Sql = after ? sql`AND (v.name, v.id) > (${after[0]}::varchar, ${after[1]}::uuid)` : raw('');
    const rows = await query<SavedViewRow>(
      this.db,
      sql`SELECT ${COLUMNS} FROM saved_view v JOIN user_account u ON u.id = v.owner_id
           WHERE ${visible} ${cursor} ORDER BY v.name, v.id LIMIT ${limit}`,
    );
    const [{ n }] = await query<{ n: number }>(this.db, sql`SELECT count(*)::int AS n FROM saved_view v WHERE ${visible}`);
    return { rows, total: n };
  }

  async byId(id: string): Promise<SavedViewRow | null> {
    const rows = await query<SavedViewRow>(
      this.db,
      sql`SELECT ${COLUMNS} FROM saved_view v JOIN user_account u ON u.id = v.owner_id WHERE v.id = ${id}`,
    );
    return rows[0] ?? null;
  }

  async countOwned(arenaId: string, ownerId: string): Promise<number> {
    const [{ n }] = await query<{ n: number }>(
      this.db,
      sql`SELECT count(*)::int AS n FROM saved_view WHERE arena_id = ${arenaId} AND owner_id = ${ownerId}`,
    );
    return n;
  }

  async insert(row: { arenaId: string; ownerId: string; name: string; shared: boolean; view: SavedViewContent }): Promise<string> {
    const [{ id }] = await query<{ id: string }>(
      this.db,
      sql`INSERT INTO saved_view (arena_id, owner_id, name, shared, view)
          VALUES (${row.arenaId}, ${row.ownerId}, ${row.name}, ${row.shared}, ${JSON.stringify(row.view)}::jsonb) RETURNING id`,
    );
    return id;
  }

  async update(id: string, change: { name?: string; shared?: boolean; view?: SavedViewContent }): Promise<void> {
    await query(
      this.db,
      sql`UPDATE saved_view SET name = coalesce(${change.name ?? null}::varchar, name),
            shared = coalesce(${change.shared ?? null}::boolean, shared),
            view = coalesce(${change.view ? JSON.stringify(change.view) : null}::jsonb, view),
            updated_at = now()
          WHERE id = ${id}`,
    );
  }

  async delete(id: string): Promise<void> {
    await query(this.db, sql`DELETE FROM saved_view WHERE id = ${id}`);
  }
}
