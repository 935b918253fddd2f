import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type Actor, canMarkActionItem, forbidden, hasPermission, requireAccess, requireSignedIn } from '../access';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { type ActionItemFilter, type ActionItemRow, ActionItemsRepository } from './action-items.repository';
import type { ActionItem } from './action-items.types';

/**
 * Action items across the arena's meetings: read by whoever reads its meetings, marked done (and
 * open again) by its meeting staff or the item's owner. Who and when is kept; retracted decisions
 * and cancelled meetings have none.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ActionItemsRepository,
  ) {}

  async list(
    actor: Actor,
    arenaId: string,
    filter: ActionItemFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ActionItem>> {
    if (!isUuid(arenaId)) throw badInput('arenaId', 'invalidId');
    requireAccess(actor, arenaId, 'readMembersAudience');
    const size = pageSize(first);
    const cursor = parseCursor(after);
    const rows = await this.items.page(arenaId, filter, actor.user?.id ?? null, cursor, size + 1);
    return toConnection(
      rows.map((row) => this.toActionItem(actor, row)),
      size,
      rows[0]?.totalCount ?? 0,
      (item) => {
        const row = rows.find((r) => r.id === item.id)!;
        return [row.doneRank, row.dueKey, row.id];
      },
    );
  }

  async setDone(actor: Actor, decisionId: string, done: boolean): Promise<ActionItem> {
    const user = requireSignedIn(actor);
    if (!isUuid(decisionId)) throw badInput('decisionId', 'invalidId');
    const found = await this.items.byId(decisionId);
    if (!found || !hasPermission(actor, found.arenaId, 'readMembersAudience')) throw badInput('decisionId', 'notFound');
    if (!canMarkActionItem(actor, found)) throw forbidden('Only the meeting staff and the action item’s owner may mark it done.');
    await this.db.transaction((tx) => this.items.setDone(tx, decisionId, user.id, done));
    return this.toActionItem(actor, (await this.items.byId(decisionId))!);
  }

  private toActionItem(actor: Actor, row: ActionItemRow): ActionItem {
    return {
      id: row.id,
      meetingId: row.meetingId,
      meetingTitle: row.meetingTitle,
      meetingStartsAt: row.meetingStartsAt,
      itemId: row.itemId,
      itemTitle: row.itemTitle,
      text: row.text,
      owner: row.owner,
      ownerUserId: row.ownerUserId,
      dueDate: row.dueDate,
      doneAt: row.doneAt,
      doneByName: row.doneByName,
      canMarkDone: canMarkActionItem(actor, row),
    };
  }
}

/** The cursor of the action items' order: (done 0/1, due date or 9999-12-31, id), each part checked. */
function parseCursor(after: string | null | undefined): [number, string, string] | null {
  const key = decodeCursor(after, 3);
  if (!key) return null;
  const [rank, due, id] = key;
  if ((rank !== 0 && rank !== 1) || typeof due !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(due) || !isUuid(id)) {
    throw badInput('after', 'invalidCursor');
  }
  return [rank, due, id];
}
