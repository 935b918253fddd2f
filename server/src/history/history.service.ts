import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Actor, hasPermission, type ReadAccess, readAccess } from '../access';
import { type Connection, decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { type EventRow, type EventWithNames, HistoryRepository, type NewObjectEvent } from './history.repository';
import type { ObjectEvent } from './object-event.entity';

/**
 * An object's history: every feature that changes an object records what happened here, in the
 * transaction of the change; readers get the events they may see (access/visibility.ts).
 */
@Injectable()
export class HistoryService {
  private readonly listeners: HistoryListener[] = [];

  constructor(private readonly history: HistoryRepository) {}

  /**
   * Called with every batch of recorded events, with their ids, inside the writing transaction (a
   * failing listener fails the change). Other features register here, e.g. notifications/.
   */
  addListener(listener: HistoryListener): void {
    this.listeners.push(listener);
  }

  /** Records events in the writing transaction, as done by the actor (by the staff when their role in the arena says so). */
  async record(tx: EntityManager, actor: Actor, events: NewObjectEvent[]): Promise<void> {
    const rows: EventRow[] = events.map((event) => ({
      ...event,
      id: randomUUID(),
      organizationId: event.organizationId === undefined ? (actor.user?.organizationId ?? null) : event.organizationId,
      userId: actor.user?.id ?? null,
      byStaff: hasPermission(actor, event.arenaId, 'triage'),
    }));
    if (!rows.length) return;
    await this.history.append(tx, rows);
    for (const listener of this.listeners) await listener(tx, rows);
  }

  /**
   * A hidden comment's words leave its history entry, and so the notifications and inbox lines read
   * from it; shown again, they come back. In the hiding transaction.
   */
  async setCommentExcerpt(tx: EntityManager, objectId: string, commentId: string, excerpt: string | null): Promise<void> {
    await this.history.commentExcerpt(tx, objectId, commentId, excerpt);
  }

  /**
   * The events of an object the actor may see, newest first. The caller has checked that the
   * actor sees the object itself (ObjectsService.findById).
   */
  async timeline(
    actor: Actor,
    object: { id: string; arenaId: string },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ObjectEvent>> {
    const access = readAccess(actor, object.arenaId);
    const size = pageSize(first);
    const cursor = decodeTimeCursor(after);
    const rows = await this.history.timeline(object.id, access, cursor, size + 1);
    const totalCount = rows[0]?.total_count ?? 0;
    return toConnection(
      rows.map((row) => withNamesFor(access, row)),
      size,
      Number(totalCount),
      (e) => [(e as EventWithNames).cursor_at, e.id],
    );
  }

  /** For the triage queue (staff): each object's events of the given kinds since its time, oldest first. */
  async since(objects: { id: string; since: Date }[], kinds: Parameters<HistoryRepository['since']>[1], perObject: number) {
    const rows = await this.history.since(objects, kinds, perObject);
    const byObject = new Map<string, ObjectEvent[]>();
    for (const row of rows) byObject.set(row.objectId, [...(byObject.get(row.objectId) ?? []), row]);
    return byObject;
  }
}

/** What listeners get: the events as appended, each with its id, the acting user and whether staff acted. */
export type RecordedEvent = EventRow;
export type HistoryListener = (tx: EntityManager, events: readonly RecordedEvent[]) => Promise<void>;

/**
 * A person's name is shown to staff and to the person's own organization; others read "the
 * secretariat" for staff and the organization's name for members.
 */
function withNamesFor(access: ReadAccess, row: EventWithNames): EventWithNames {
  const seesPerson = access.allFigures || (access.organizationId !== null && row.organizationId === access.organizationId);
  return seesPerson ? row : { ...row, personName: null };
}
