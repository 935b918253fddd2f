import { INITIAL_OBJECT_STATUS, newObjectSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type Actor, requireAccess, requireSignedIn } from '../access';
import { type AuditRecord, AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { HistoryService, type NewObjectEvent } from '../history';
import { insertObject, ObjectsRepository, ObjectsService } from '../objects';
import type { MoveReportInput, MoveReportPayload } from './merges.inputs';
import { MergesRepository } from './merges.repository';
import { checkedReason } from './merges.service';
import { REPORT_MOVERS } from './movers';

/**
 * Staff move one report, with its supports, to another object of the arena or to a new one (a
 * report filed on the wrong object). One transaction: the report and both objects locked, the rows
 * moved (the totals triggers refresh both objects), REPORT_MOVED_OUT/REPORT_MOVED_IN in the two
 * histories, and the source made INACTIVE when no counting report is left on it.
 */
@Injectable()
export class MoveReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly merges: MergesRepository,
    private readonly objects: ObjectsRepository,
    private readonly objectsService: ObjectsService,
    private readonly history: HistoryService,
    private readonly audit: AuditService,
  ) {}

  async moveReport(actor: Actor, input: MoveReportInput): Promise<MoveReportPayload> {
    requireSignedIn(actor);
    if (!isUuid(input.reportId)) throw badInput('reportId', 'invalidId');
    if (Boolean(input.toObjectId) === Boolean(input.newObject)) throw badInput('toObjectId', 'objectOrNewObject');
    if (input.toObjectId && !isUuid(input.toObjectId)) throw badInput('toObjectId', 'invalidId');
    const parsed = input.newObject ? validate(newObjectSchema, input.newObject) : null;
    if (parsed && !parsed.ok) throw new BadUserInputError(parsed.errors, 'newObject');
    const newObject = parsed?.ok ? parsed.value : null;
    const reason = checkedReason(input.reason);

    const { fromId, toId } = await this.db.transaction(async (tx) => {
      const report = await this.merges.reportForMove(tx, input.reportId);
      if (!report) throw badInput('reportId', 'notFound');
      requireAccess(actor, report.arenaId, 'triage');
      if (input.toObjectId === report.objectId) throw badInput('toObjectId', 'sameObject');
      const locked = await this.merges.lock(tx, [report.objectId, ...(input.toObjectId ? [input.toObjectId] : [])]);
      const source = locked.find((o) => o.id === report.objectId)!;
      const audit: AuditRecord[] = [];
      let target: { id: string; arenaId: string; name: string; status: string };
      if (input.toObjectId) {
        const found = locked.find((o) => o.id === input.toObjectId);
        if (!found) throw badInput('toObjectId', 'notFound');
        requireAccess(actor, found.arenaId, 'triage');
        if (found.arenaId !== report.arenaId) throw badInput('toObjectId', 'otherArena');
        if (found.status === 'DUPLICATE') throw badInput('toObjectId', 'merged', { into: found.duplicateOf });
        target = found;
      } else {
        target = await insertObject(tx, report.arenaId, { ...newObject!, status: INITIAL_OBJECT_STATUS });
        audit.push({ arenaId: report.arenaId, entity: 'object', entityId: target.id, action: 'create', after: target });
      }
      await this.merges.moveReport(tx, report.id, target.id, REPORT_MOVERS);
      await this.merges.touch(tx, [source.id, target.id]);

      const event = { arenaId: report.arenaId, reportId: report.id, organizationId: report.organizationId, visibility: report.visibility };
      const data = { title: report.title, reason };
      const events: NewObjectEvent[] = [
        { ...event, objectId: source.id, kind: 'REPORT_MOVED_OUT', data: { ...data, otherObjectId: target.id, otherName: target.name } },
        { ...event, objectId: target.id, kind: 'REPORT_MOVED_IN', data: { ...data, otherObjectId: source.id, otherName: source.name } },
      ];
      if (target.status === 'INACTIVE' && !report.withdrawnAt) {
        const status = await this.objects.restore(tx, target.id);
        events.push({
          arenaId: report.arenaId,
          objectId: target.id,
          kind: 'RESTORED',
          visibility: 'PUBLIC',
          data: { to: status, automatic: true },
        });
      }
      events.push(...(await this.objects.deactivateIfUnreported(tx, { arenaId: report.arenaId, id: source.id })));
      await this.history.record(tx, actor, events);
      audit.push({
        arenaId: report.arenaId,
        entity: 'report',
        entityId: report.id,
        action: 'move',
        before: { objectId: source.id },
        after: { objectId: target.id, reason },
      });
      await this.audit.recordAll(tx, actor, audit);
      return { fromId: source.id, toId: target.id };
    });
    const [from, to] = await Promise.all([fromId, toId].map(async (id) => (await this.objectsService.findById(actor, id))!));
    return { reportId: input.reportId, from, to };
  }
}
