import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, type Sql, sql } from '../common/database/sql';

/** Live mode's SQL: which agenda item staff present (meeting.presented_item_id, migration 1766000900000). */
export const meetingLiveStatements = {
  presented(meetingId: string): Sql {
    return sql`SELECT presented_item_id AS "itemId" FROM meeting WHERE id = ${meetingId}`;
  },

  /** Touches the meeting too: the trigger announces the change to every instance's subscribers. */
  present(meetingId: string, itemId: string | null): Sql {
    return sql`UPDATE meeting SET presented_item_id = ${itemId}, updated_at = now() WHERE id = ${meetingId}`;
  },
};

@Injectable()
export class MeetingLiveRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async presented(meetingId: string): Promise<string | null> {
    const [row] = await query<{ itemId: string | null }>(this.db, meetingLiveStatements.presented(meetingId));
    return row?.itemId ?? null;
  }

  async present(tx: EntityManager, meetingId: string, itemId: string | null): Promise<void> {
    await query(tx, meetingLiveStatements.present(meetingId, itemId));
  }
}
