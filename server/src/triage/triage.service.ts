import {
  canTransition,
  type DecisionReference,
  type FieldError,
  MAX_BULK_OBJECTS,
  MAX_REASON_LENGTH,
  type ObjectStatus,
  TRIAGE_EVENT_KINDS,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, requireAccess, requireSignedIn } from '../access';
import { ArenasService } from '../arenas';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { HistoryService } from '../history';
import { objectFromRow, ObjectsRepository, ObjectsService } from '../objects';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import type { ChangeObjectStatusInput, TriageItem, TriageQueue } from './triage.inputs';
import { type LockedObject, TriageRepository } from './triage.repository';

/** At most this many events per object in the queue: the rest is in the object's history. */
const EVENTS_PER_ITEM = 10;

/**
 * The secretariat's work on an object's status: changes (one object or a selection, all or none),
 * restoring an INACTIVE object, and the triage queue of what members did since staff last looked.
 * The queue is the arena's, shared by its staff: an object waits from the first report, support,
 * withdrawal or comment staff have not handled until one of them handles it (marks it, or changes
 * its status); what began to wait after a person last opened the queue is marked new for them.
 */
@Injectable()
export class TriageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly triage: TriageRepository,
    private readonly objects: ObjectsRepository,
    private readonly objectsService: ObjectsService,
    private readonly arenas: ArenasService,
    private readonly history: HistoryService,
    private readonly audit: AuditService,
  ) {}

  /** Moves objects to a status through the shared transitions; one refused object refuses the whole change. */
  async changeStatus(actor: Actor, input: ChangeObjectStatusInput): Promise<InfrastructureObject[]> {
    requireSignedIn(actor);
    const ids = checkedIds(input.objectIds);
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > MAX_REASON_LENGTH) throw badInput('reason', 'tooLong', { max: MAX_REASON_LENGTH });
    const to = input.status;
    await this.db.transaction(async (tx) => {
      const objects = await this.lockedInArenas(tx, actor, ids);
      const refused: FieldError[] = objects
        .filter((o) => o.status !== to && !canTransition(o.status, to))
        .map((o) => ({ field: 'status', code: 'transitionNotAllowed', params: { objectId: o.id, name: o.name, from: o.status, to } }));
      if (refused.length) throw new BadUserInputError(refused);
      const changing = objects.filter((o) => o.status !== to);
      await this.applyStatus(tx, actor, changing, to, reason);
    });
    return this.read(actor, ids);
  }

  /**
   * A meeting's decision on an object's status, inside the meeting's transaction: the workflow's
   * transitions apply, and the history names the decision. With `revert` (a decision retracted)
   * the object goes back to `to` from the status the decision gave it, whatever the workflow says,
   * but only while it still has that status. Answers the status the object had.
   */
  async decideStatus(
    tx: EntityManager,
    actor: Actor,
    objectId: string,
    to: ObjectStatus,
    reason: string | null,
    decision: DecisionReference,
    revert?: { expected: ObjectStatus },
  ): Promise<ObjectStatus> {
    const [object] = await this.lockedInArenas(tx, actor, [objectId], 'objectId');
    if (revert && object.status !== revert.expected) throw badInput('decisionId', 'changedSince', { name: object.name });
    if (!revert && object.status !== to && !canTransition(object.status, to))
      throw badInput('status', 'transitionNotAllowed', { objectId, name: object.name, from: object.status, to });
    if (object.status !== to) await this.applyStatus(tx, actor, [object], to, reason, decision);
    return object.status;
  }

  /** The status written, with a history event and an audit entry per object. */
  private async applyStatus(
    tx: EntityManager,
    actor: Actor,
    changing: LockedObject[],
    to: ObjectStatus,
    reason: string | null,
    decision?: DecisionReference,
  ): Promise<void> {
    if (!changing.length) return;
    await this.triage.setStatus(
      tx,
      changing.map((o) => o.id),
      to,
    );
    await this.history.record(
      tx,
      actor,
      changing.map((o) => ({
        arenaId: o.arenaId,
        objectId: o.id,
        kind: 'STATUS_CHANGED',
        visibility: 'PUBLIC',
        data: { from: o.status, to, reason, ...(decision && { decision }) },
      })),
    );
    await this.audit.recordAll(
      tx,
      actor,
      changing.map((o) => ({
        arenaId: o.arenaId,
        entity: 'object',
        entityId: o.id,
        action: 'status',
        before: { status: o.status },
        after: { status: to, reason, ...(decision && { decisionId: decision.decisionId }) },
      })),
    );
  }

  /** An INACTIVE object back in the register with the status it had before its last report was withdrawn. */
  async restore(actor: Actor, objectId: string): Promise<InfrastructureObject> {
    requireSignedIn(actor);
    if (!isUuid(objectId)) throw badInput('objectId', 'invalidId');
    await this.db.transaction(async (tx) => {
      const [object] = await this.lockedInArenas(tx, actor, [objectId], 'objectId');
      const status = await this.objects.restore(tx, object.id);
      if (!status) throw badInput('objectId', 'notInactive');
      await this.history.record(tx, actor, [
        { arenaId: object.arenaId, objectId, kind: 'RESTORED', visibility: 'PUBLIC', data: { to: status } },
      ]);
      await this.audit.record(tx, actor, {
        arenaId: object.arenaId,
        entity: 'object',
        entityId: objectId,
        action: 'restore',
        before: { status: object.status },
        after: { status },
      });
    });
    return (await this.read(actor, [objectId]))[0];
  }

  /** Staff have looked at these objects: they leave the queue until members do something new. Answers those that left it. */
  async markHandled(actor: Actor, arenaId: string, objectIds: string[]): Promise<InfrastructureObject[]> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    requireAccess(actor, arena, 'triage');
    const ids = checkedIds(objectIds);
    const handled = await this.db.transaction((tx) => this.triage.handled(tx, arena, ids));
    return this.read(actor, handled);
  }

  /** The arena's queue, oldest first, with what happened on each object since it began to wait. */
  async queue(actor: Actor, arenaId: string | null | undefined, first?: number | null, after?: string | null): Promise<TriageQueue> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    const user = requireAccess(actor, arena, 'triage');
    const size = pageSize(first);
    const cursor = decodeTimeCursor(after);
    const lastVisitAt = await this.triage.lastVisit(user.id, arena);
    const [counts, rows] = await Promise.all([this.triage.counts(arena, lastVisitAt), this.triage.queue(arena, cursor, size + 1)]);
    const page = rows.slice(0, size);
    const events = await this.history.since(
      page.map((row) => ({ id: String(row.id), since: row.pending_since })),
      TRIAGE_EVENT_KINDS,
      EVENTS_PER_ITEM,
    );
    const objects = await this.objectsService.withTotals(
      actor,
      rows.map(({ pending_since: _pending, cursor_at: _cursor, ...row }) => objectFromRow(row)),
    );
    const items: (TriageItem & { cursorAt: string })[] = rows.map((row, i) => ({
      object: objects[i],
      pendingSince: row.pending_since,
      isNew: !lastVisitAt || row.pending_since > lastVisitAt,
      events: events.get(objects[i].id) ?? [],
      cursorAt: row.cursor_at,
    }));
    const connection: Connection<TriageItem> = toConnection(items, size, counts.total, (item) => [item.cursorAt, item.object.id]);
    return { totalCount: counts.total, newCount: counts.new, lastVisitAt, items: connection };
  }

  /** The reader opened the queue: what waits now is no longer new for them. Answers the queue's first page as it now is. */
  async markQueueSeen(actor: Actor, arenaId: string): Promise<TriageQueue> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    const user = requireAccess(actor, arena, 'triage');
    await this.triage.recordVisit(user.id, arena);
    return this.queue(actor, arena);
  }

  /** The named objects locked, each in an arena where the actor may triage; an unknown id is "not found". */
  private async lockedInArenas(tx: EntityManager, actor: Actor, ids: string[], field = 'objectIds'): Promise<LockedObject[]> {
    const objects = await this.triage.lock(tx, ids);
    const found = new Map(objects.map((o) => [o.id, o]));
    ids.forEach((id, i) => {
      if (!found.has(id)) throw badInput(field === 'objectIds' ? `objectIds.${i}` : field, 'notFound');
    });
    for (const arenaId of new Set(objects.map((o) => o.arenaId))) requireAccess(actor, arenaId, 'triage');
    return ids.map((id) => found.get(id)!);
  }

  private async read(actor: Actor, ids: string[]): Promise<InfrastructureObject[]> {
    const found = await Promise.all(ids.map((id) => this.objectsService.findById(actor, id)));
    return found.filter((o): o is NonNullable<typeof o> => o !== null);
  }
}

/** The ids of a change: at least one, at most MAX_BULK_OBJECTS, each a UUID, none twice. */
function checkedIds(ids: string[]): string[] {
  if (!ids.length) throw badInput('objectIds', 'required');
  if (ids.length > MAX_BULK_OBJECTS) throw badInput('objectIds', 'tooMany', { max: MAX_BULK_OBJECTS });
  ids.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`objectIds.${i}`, 'invalidId');
    if (ids.indexOf(id) !== i) throw badInput(`objectIds.${i}`, 'duplicateIds');
  });
  return ids;
}
