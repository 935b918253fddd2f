import { MAX_REASON_LENGTH, type UndoBlocker } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, requireAccess, requireSignedIn } from '../access';
import { AuditService } from '../audit';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { HistoryService, type NewObjectEvent } from '../history';
import { ObjectsRepository, ObjectsService } from '../objects';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import type { MergeObjectsInput, MergeObjectsPayload, MergePreview } from './merges.inputs';
import { type LockedObject, type MergeRow, MergesRepository } from './merges.repository';
import { MERGE_MOVERS } from './movers';
import type { ObjectMerge } from './object-merge.entity';

/**
 * Staff merge a duplicate object into the object that stays, and undo a merge while nothing newer
 * depends on it. A merge is one transaction: both objects locked (in id order), every row of the
 * movers (movers.ts) moved with its key recorded in object_merge, the duplicate made DUPLICATE
 * (pointing at the kept object), history events on both objects and audit entries.
 *
 * An undo is allowed exactly when (in this order of checks, the first failing one named):
 * 1. the merge has not been undone (`alreadyUndone`);
 * 2. no merge made after it and not undone involves either object, in either role (`newerMerge`);
 * 3. the duplicate is still DUPLICATE of the kept object (`notDuplicate`);
 * 4. every row it moved is still on the kept object (`rowsMovedSince`: e.g. a report moved on).
 * It then moves exactly the recorded rows back, gives the duplicate its status from before, and
 * records MERGE_UNDONE on both objects.
 */
@Injectable()
export class MergesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly merges: MergesRepository,
    private readonly objects: ObjectsRepository,
    private readonly objectsService: ObjectsService,
    private readonly history: HistoryService,
    private readonly audit: AuditService,
  ) {}

  async merge(actor: Actor, input: MergeObjectsInput): Promise<MergeObjectsPayload> {
    const user = requireSignedIn(actor);
    const { keptId, duplicateId } = checkedPair(input);
    const reason = checkedReason(input.reason);
    const mergeId = await this.db.transaction(async (tx) => {
      const { kept, duplicate } = await this.lockedPair(tx, actor, keptId, duplicateId);
      const moved: Record<string, string[]> = {};
      for (const mover of MERGE_MOVERS) moved[mover.table] = await this.merges.move(tx, mover, duplicate.id, kept.id);
      await this.merges.markDuplicate(tx, duplicate.id, kept.id);
      await this.merges.touch(tx, [kept.id]);
      const id = await this.merges.insertMerge(tx, {
        arenaId: kept.arenaId,
        keptId: kept.id,
        duplicateId: duplicate.id,
        duplicateStatus: duplicate.status,
        duplicatePreviousStatus: duplicate.previousStatus,
        moved,
        reason,
        mergedBy: user.id,
      });
      const organizationIds = await this.merges.organizationsOn(tx, [kept.id, duplicate.id]);
      const about = (other: LockedObject) => ({ otherObjectId: other.id, otherName: other.name, mergeId: id, reason, organizationIds });
      const events: NewObjectEvent[] = [
        { arenaId: kept.arenaId, objectId: kept.id, kind: 'MERGED_IN', visibility: 'MEMBERS', data: about(duplicate) },
        { arenaId: kept.arenaId, objectId: duplicate.id, kind: 'MERGED_AWAY', visibility: 'MEMBERS', data: about(kept) },
      ];
      // An INACTIVE kept object that now carries a counting report is active again, as on a new report.
      if (kept.status === 'INACTIVE' && (await this.merges.hasCountingReport(tx, kept.id))) {
        const status = await this.objects.restore(tx, kept.id);
        events.push({
          arenaId: kept.arenaId,
          objectId: kept.id,
          kind: 'RESTORED',
          visibility: 'PUBLIC',
          data: { to: status, automatic: true },
        });
      }
      await this.history.record(tx, actor, events);
      await this.audit.recordAll(tx, actor, [
        { arenaId: kept.arenaId, entity: 'object_merge', entityId: id, action: 'create', after: { keptId, duplicateId, moved, reason } },
        {
          arenaId: kept.arenaId,
          entity: 'object',
          entityId: duplicate.id,
          action: 'merge',
          before: { status: duplicate.status, previousStatus: duplicate.previousStatus },
          after: { status: 'DUPLICATE', duplicateOf: kept.id, mergeId: id },
        },
      ]);
      return id;
    });
    return this.payload(actor, mergeId);
  }

  async undo(actor: Actor, mergeId: string): Promise<MergeObjectsPayload> {
    const user = requireSignedIn(actor);
    if (!isUuid(mergeId)) throw badInput('mergeId', 'invalidId');
    await this.db.transaction(async (tx) => {
      const found = await this.merges.byId(mergeId);
      if (!found) throw badInput('mergeId', 'notFound');
      requireAccess(actor, found.arenaId, 'triage');
      // Objects first (the order merges lock in), then the merge row, read again under the locks.
      const locked = await this.merges.lock(tx, [found.keptId, found.duplicateId]);
      const merge = (await this.merges.byId(mergeId, tx))!;
      const duplicate = locked.find((o) => o.id === merge.duplicateId)!;
      const kept = locked.find((o) => o.id === merge.keptId)!;
      const blocker = await this.undoBlocker(tx, merge, duplicate);
      if (blocker) throw badInput('mergeId', blocker, { mergeId });
      for (const mover of [...MERGE_MOVERS].reverse()) {
        await this.merges.moveBack(tx, mover, merge.moved[mover.table] ?? [], kept.id, duplicate.id);
      }
      await this.merges.restoreDuplicate(tx, duplicate.id, merge.duplicateStatus, merge.duplicatePreviousStatus);
      await this.merges.touch(tx, [kept.id]);
      await this.merges.markUndone(tx, merge.id, user.id);
      const organizationIds = await this.merges.organizationsOn(tx, [kept.id, duplicate.id]);
      const about = (other: LockedObject) => ({ otherObjectId: other.id, otherName: other.name, mergeId, organizationIds });
      const events: NewObjectEvent[] = [
        { arenaId: kept.arenaId, objectId: kept.id, kind: 'MERGE_UNDONE', visibility: 'MEMBERS', data: about(duplicate) },
        { arenaId: kept.arenaId, objectId: duplicate.id, kind: 'MERGE_UNDONE', visibility: 'MEMBERS', data: about(kept) },
      ];
      events.push(...(await this.objects.deactivateIfUnreported(tx, { arenaId: kept.arenaId, id: kept.id })));
      await this.history.record(tx, actor, events);
      await this.audit.recordAll(tx, actor, [
        { arenaId: kept.arenaId, entity: 'object_merge', entityId: mergeId, action: 'undo', before: { moved: merge.moved } },
        {
          arenaId: kept.arenaId,
          entity: 'object',
          entityId: duplicate.id,
          action: 'unmerge',
          before: { status: 'DUPLICATE', duplicateOf: kept.id },
          after: { status: merge.duplicateStatus, previousStatus: merge.duplicatePreviousStatus },
        },
      ]);
    });
    return this.payload(actor, mergeId);
  }

  /** What a merge of the two would move, checked as the merge checks them (nothing is written). */
  async preview(actor: Actor, keptId: string, duplicateId: string): Promise<MergePreview> {
    requireSignedIn(actor);
    const ids = checkedPair({ keptId, duplicateId });
    return this.db.transaction(async (tx) => {
      await this.lockedPair(tx, actor, ids.keptId, ids.duplicateId);
      const counts = await this.merges.preview(tx, ids.duplicateId);
      const [kept, duplicate] = await this.read(actor, [ids.keptId, ids.duplicateId]);
      return { kept, duplicate, ...counts };
    });
  }

  /** One merge for staff of its arena; null when there is no such merge. */
  async findById(actor: Actor, mergeId: string): Promise<ObjectMerge | null> {
    requireSignedIn(actor);
    if (!isUuid(mergeId)) throw badInput('id', 'invalidId');
    const row = await this.merges.byId(mergeId);
    if (!row) return null;
    requireAccess(actor, row.arenaId, 'triage');
    return this.view(row);
  }

  /** The merges an object took part in, newest first, for staff of its arena. */
  async ofObject(actor: Actor, objectId: string, first?: number | null, after?: string | null): Promise<Connection<ObjectMerge>> {
    requireSignedIn(actor);
    const object = await this.objectsService.findById(actor, objectId);
    const size = pageSize(first);
    if (!object) return toConnection([], size, 0, () => []);
    requireAccess(actor, object.arenaId, 'triage');
    const cursor = decodeTimeCursor(after);
    const rows = await this.merges.ofObject(object.id, cursor, size + 1);
    const views = await Promise.all(rows.map((row) => this.view(row)));
    return toConnection(views, size, rows[0]?.total_count ?? 0, (m) => [(m as ObjectMerge & { cursor_at: string }).cursor_at, m.id]);
  }

  /** Why the merge cannot be undone now, or null when it can (the rules in the class comment). */
  private async undoBlocker(
    db: DataSource | EntityManager,
    merge: MergeRow,
    duplicate: { status: string; duplicateOf: string | null },
  ): Promise<UndoBlocker | null> {
    if (merge.undoneAt) return 'alreadyUndone';
    if (await this.merges.hasNewerMerge(db, merge)) return 'newerMerge';
    if (duplicate.status !== 'DUPLICATE' || duplicate.duplicateOf !== merge.keptId) return 'notDuplicate';
    for (const mover of MERGE_MOVERS) {
      if (!(await this.merges.allStillOn(db, mover, merge.moved[mover.table] ?? [], merge.keptId))) return 'rowsMovedSince';
    }
    return null;
  }

  private async view(row: MergeRow): Promise<ObjectMerge> {
    const duplicate = (await this.objects.byId(row.duplicateId))!.object;
    const blocker = await this.undoBlocker(this.merges.reader, row, duplicate);
    return Object.assign({} as ObjectMerge, row, {
      movedReports: row.moved.report?.length ?? 0,
      movedSupports: row.moved.support?.length ?? 0,
      canUndo: blocker === null,
      undoBlockedBy: blocker,
    });
  }

  private async payload(actor: Actor, mergeId: string): Promise<MergeObjectsPayload> {
    const merge = (await this.merges.byId(mergeId))!;
    const [kept, duplicate] = await this.read(actor, [merge.keptId, merge.duplicateId]);
    return { merge: await this.view(merge), kept, duplicate };
  }

  /** Both objects locked, in one arena where the actor may triage, neither a duplicate already. */
  private async lockedPair(
    tx: EntityManager,
    actor: Actor,
    keptId: string,
    duplicateId: string,
  ): Promise<{ kept: LockedObject; duplicate: LockedObject }> {
    const locked = await this.merges.lock(tx, [keptId, duplicateId]);
    const kept = locked.find((o) => o.id === keptId);
    const duplicate = locked.find((o) => o.id === duplicateId);
    if (!kept) throw badInput('keptId', 'notFound');
    if (!duplicate) throw badInput('duplicateId', 'notFound');
    // Staff of one arena learn nothing of another's objects: otherArena only for staff of both.
    for (const arenaId of new Set([kept.arenaId, duplicate.arenaId])) requireAccess(actor, arenaId, 'triage');
    if (duplicate.arenaId !== kept.arenaId) throw badInput('duplicateId', 'otherArena');
    if (kept.status === 'DUPLICATE') throw badInput('keptId', 'alreadyMerged', { into: kept.duplicateOf });
    if (duplicate.status === 'DUPLICATE') throw badInput('duplicateId', 'alreadyMerged', { into: duplicate.duplicateOf });
    return { kept, duplicate };
  }

  private async read(actor: Actor, ids: string[]): Promise<InfrastructureObject[]> {
    return Promise.all(ids.map(async (id) => (await this.objectsService.findById(actor, id))!));
  }
}

function checkedPair(input: { keptId: string; duplicateId: string }): { keptId: string; duplicateId: string } {
  if (!isUuid(input.keptId)) throw badInput('keptId', 'invalidId');
  if (!isUuid(input.duplicateId)) throw badInput('duplicateId', 'invalidId');
  if (input.keptId === input.duplicateId) throw badInput('duplicateId', 'sameObject');
  return { keptId: input.keptId, duplicateId: input.duplicateId };
}

export function checkedReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() || null;
  if (trimmed && trimmed.length > MAX_REASON_LENGTH) throw badInput('reason', 'tooLong', { max: MAX_REASON_LENGTH });
  return trimmed;
}
