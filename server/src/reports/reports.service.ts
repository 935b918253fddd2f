import { randomUUID } from 'node:crypto';

import { INITIAL_OBJECT_STATUS, reportBottleneckSchema, supportReportSchema, updateReportSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

import { canEditReport, canSeeFigures, canSeeReport, forbidden, readAccess, requireAccess, requireSignedIn } from '../access';
import { type Actor } from '../access';
import { type AuditRecord, AuditService } from '../audit';
import { isUniqueViolation } from '../common/database/sql';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { idempotent } from '../common/idempotency/idempotency';
import { HistoryService, type NewObjectEvent } from '../history';
import { type Impact, insertObject, ObjectsRepository, ObjectsService } from '../objects';
import { type InfrastructureObject } from '../objects/infrastructure-object.entity';
import { OrganizationsService } from '../organizations';
import type { Report } from './report.entity';
import type { ReportBottleneckInput, SupportReportInput, UpdateReportInput } from './report.inputs';
import { type ReportChanges, ReportsRepository } from './reports.repository';
import type { Support } from './support.entity';

/** What a mutation's payload needs beyond the written rows: the object's totals only when asked for. */
export interface PayloadOptions {
  totals: boolean;
}

/**
 * Reports and supports. Every write is one transaction of a few statements (reports.repository.ts)
 * that also writes its audit entries; a write with an idempotency key stores the key first, so a
 * retry, even a concurrent one, replays the first answer instead of writing again.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: ReportsRepository,
    private readonly objects: ObjectsRepository,
    private readonly objectsService: ObjectsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly history: HistoryService,
  ) {}

  /** A report by the user's organization on an existing object, or a new object with its first report: all or nothing. */
  async reportBottleneck(
    actor: Actor,
    raw: ReportBottleneckInput,
    options: PayloadOptions = { totals: true },
  ): Promise<{ report: Report; object: InfrastructureObject }> {
    requireSignedIn(actor);
    const parsed = validate(reportBottleneckSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    const user = requireAccess(actor, input.arenaId, 'report');
    const { arenaId } = input;
    const ids = { reportId: randomUUID(), objectId: input.objectId ?? randomUUID() };
    const result = await this.db.transaction((tx) =>
      idempotent(tx, {
        operation: 'reportBottleneck',
        key: idempotencyKey ?? null,
        arenaId,
        request: { ...input, organizationId: user.organizationId },
        ids,
        replay: async (first) => ({
          report: await this.reportById(tx, first.reportId),
          object: (await this.objects.byId(first.objectId, tx))!.object,
        }),
        write: async () => {
          await this.organizations.assertMember(arenaId, user.organizationId, 'organizationId', tx);
          const audit: AuditRecord[] = [];
          let object: InfrastructureObject;
          if (input.objectId) {
            const touched = await this.objects.touch(tx, arenaId, input.objectId);
            if (!touched) throw badInput('objectId', 'notFound');
            if (touched.status === 'DUPLICATE') throw badInput('objectId', 'merged', { into: touched.duplicateOf });
            object = await this.reactivated(tx, actor, touched);
          } else {
            object = await insertObject(tx, arenaId, { ...input.newObject!, status: INITIAL_OBJECT_STATUS }, ids.objectId);
            audit.push({ arenaId, entity: 'object', entityId: object.id, action: 'create', after: object });
          }
          const report = await this.reports.insert(tx, {
            id: ids.reportId,
            arenaId,
            objectId: object.id,
            organizationId: user.organizationId,
            title: input.title,
            problem: input.problem,
            category: input.category,
            proposedMeasure: input.proposedMeasure ?? null,
            visibility: input.visibility ?? 'MEMBERS',
            ...input.impact,
          });
          audit.push({ arenaId, entity: 'report', entityId: report.id, action: 'create', after: report });
          await this.audit.recordAll(tx, actor, audit);
          await this.history.record(tx, actor, [
            {
              arenaId,
              objectId: object.id,
              kind: 'REPORTED',
              reportId: report.id,
              visibility: report.visibility,
              data: { title: report.title },
            },
          ]);
          return { report, object };
        },
      }),
    );
    if (options.totals) await this.objectsService.withTotals(actor, [result.object]);
    return result;
  }

  /** "We are affected too": the user's organization joins a report it can see, with its own figures. */
  async supportReport(
    actor: Actor,
    raw: SupportReportInput,
    options: PayloadOptions = { totals: true },
  ): Promise<{ support: Support; object: InfrastructureObject }> {
    const user = requireSignedIn(actor);
    const parsed = validate(supportReportSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    const supportId = randomUUID();
    try {
      const result = await this.retriedWhenMoved(() =>
        this.db.transaction(async (tx) => {
          const report = await this.visibleReport(tx, actor, input.reportId);
          requireAccess(actor, report.arenaId, 'support');
          return idempotent(tx, {
            operation: 'supportReport',
            key: idempotencyKey ?? null,
            arenaId: report.arenaId,
            request: { ...input, organizationId: user.organizationId },
            ids: { supportId },
            replay: async (first) => ({
              support: (await this.reports.supportById(tx, first.supportId))!,
              object: (await this.objects.byId(report.objectId, tx))!.object,
            }),
            write: async () => {
              if (report.withdrawnAt) throw badInput('reportId', 'withdrawn');
              await this.organizations.assertMember(report.arenaId, user.organizationId, 'organizationId', tx);
              if (report.organizationId === user.organizationId) throw badInput('reportId', 'ownReport');
              const support = await this.reports.insertSupport(tx, {
                id: supportId,
                arenaId: report.arenaId,
                objectId: report.objectId,
                reportId: report.id,
                organizationId: user.organizationId,
                comment: input.comment ?? null,
                ...input.impact,
              });
              const touched = (await this.objects.touch(tx, report.arenaId, report.objectId))!;
              // The touch waits for a merge or move holding the object; if one moved the report
              // meanwhile, the support was written on the object it left: write it again.
              if ((await this.reports.byId(tx, report.id))?.objectId !== report.objectId) throw new ReportMovedMeanwhile();
              const object = await this.reactivated(tx, actor, touched);
              await this.history.record(tx, actor, [
                {
                  arenaId: report.arenaId,
                  objectId: report.objectId,
                  kind: 'SUPPORTED',
                  reportId: report.id,
                  visibility: report.visibility,
                },
              ]);
              await this.audit.record(tx, actor, {
                arenaId: report.arenaId,
                entity: 'support',
                entityId: support.id,
                action: 'create',
                after: support,
              });
              return { support, object };
            },
          });
        }),
      );
      if (options.totals) await this.objectsService.withTotals(actor, [result.object]);
      return result;
    } catch (error) {
      if (isUniqueViolation(error, 'support_report_organization_key')) throw badInput('reportId', 'alreadySupported');
      throw error;
    }
  }

  /** Members change only their own organization's reports; staff any report of their arena. */
  async updateReport(actor: Actor, raw: UpdateReportInput): Promise<Report> {
    requireSignedIn(actor);
    const parsed = validate(updateReportSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { reportId, impact, ...fields } = parsed.value;
    return this.change(actor, reportId, 'update', { ...fields, ...impact });
  }

  /** A withdrawn report stays on record (and in the audit log) but no longer counts or shows to others. */
  async withdrawReport(actor: Actor, reportId: string): Promise<Report> {
    requireSignedIn(actor);
    return this.change(actor, reportId, 'withdraw', { withdrawnAt: new Date() });
  }

  /** An edit or withdrawal of a report, with its audit entry; a withdrawn report is not withdrawn again. */
  private change(actor: Actor, reportId: string, action: 'update' | 'withdraw', changes: ReportChanges): Promise<Report> {
    return this.db.transaction(async (tx) => {
      const report = await this.editableReport(tx, actor, reportId);
      if (action === 'withdraw' && report.withdrawnAt) return report;
      const saved = await this.reports.update(tx, report.id, changes);
      const event = { arenaId: report.arenaId, objectId: report.objectId, reportId: report.id, visibility: saved.visibility };
      const events: NewObjectEvent[] = [
        action === 'withdraw'
          ? { ...event, kind: 'REPORT_WITHDRAWN', organizationId: report.organizationId, data: { title: report.title } }
          : { ...event, kind: 'REPORT_UPDATED', organizationId: report.organizationId, data: { fields: changedFields(report, saved) } },
      ];
      if (action === 'withdraw')
        events.push(...(await this.objects.deactivateIfUnreported(tx, { arenaId: report.arenaId, id: report.objectId })));
      await this.history.record(tx, actor, events);
      await this.audit.record(tx, actor, {
        arenaId: report.arenaId,
        entity: 'report',
        entityId: report.id,
        action,
        before: report,
        after: saved,
      });
      return saved;
    });
  }

  /** A report or support on an INACTIVE object makes it active again, with the status it had. */
  private async reactivated(tx: EntityManager, actor: Actor, object: InfrastructureObject): Promise<InfrastructureObject> {
    if (object.status !== 'INACTIVE') return object;
    const status = (await this.objects.restore(tx, object.id))!;
    await this.history.record(tx, actor, [
      { arenaId: object.arenaId, objectId: object.id, kind: 'RESTORED', visibility: 'PUBLIC', data: { to: status, automatic: true } },
    ]);
    return { ...object, status, previousStatus: null };
  }

  /** An object's reports the actor may see, oldest first, a page at a time (the loader batches the objects of a list). */
  async reportsOfObject(
    actor: Actor,
    object: { id: string; arenaId: string },
    loader: DataLoader<string, Report[]>,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Report>> {
    const access = readAccess(actor, object.arenaId);
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const all = (await loader.load(object.id)).filter((r) => canSeeReport(access, r));
    const start = cursor ? all.findIndex((r) => r.id === cursor[0]) + 1 : 0;
    return toConnection(all.slice(start, start + size + 1), size, all.length, (r) => [r.id]);
  }

  /** A report's or support's own impact figures, or null when the actor sees only the object's totals. */
  figuresOf(actor: Actor, row: { arenaId: string; organizationId: string; impact: Impact }): Impact | null {
    return canSeeFigures(readAccess(actor, row.arenaId), row.organizationId) ? row.impact : null;
  }

  /** Runs a write again (a few times) when a merge or move took its report elsewhere while it ran. */
  private async retriedWhenMoved<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!(error instanceof ReportMovedMeanwhile) || attempt === 3) throw error;
      }
    }
  }

  private async reportById(db: DataSource | EntityManager, id: string): Promise<Report> {
    const report = await this.reports.byId(db, id);
    if (!report) throw new Error(`Report ${id} not found`);
    return report;
  }

  /** A report the actor may see; anything else, including guessed ids, is "not found". */
  private async visibleReport(tx: EntityManager, actor: Actor, reportId: string): Promise<Report> {
    const report = await this.reports.byId(tx, reportId);
    if (!report || !canSeeReport(readAccess(actor, report.arenaId), report)) throw badInput('reportId', 'notFound');
    return report;
  }

  private async editableReport(tx: EntityManager, actor: Actor, reportId: string): Promise<Report> {
    if (!validate(updateReportSchema.shape.reportId, reportId).ok) throw badInput('reportId', 'invalidId');
    const report = await this.visibleReport(tx, actor, reportId);
    requireAccess(actor, report.arenaId, 'report');
    if (!canEditReport(actor, report)) throw forbidden('Only the reporting organization or the arena staff may change a report.');
    return report;
  }
}

/** A merge or move moved the report while a write on it waited for its object: the write starts again. */
class ReportMovedMeanwhile extends Error {}

/** The report fields an edit changed, by name (the history says what was edited; the figures stay with those who may see them). */
function changedFields(before: Report, after: Report): string[] {
  const keys = [
    'title',
    'problem',
    'category',
    'proposedMeasure',
    'visibility',
    'delayHoursPerWeek',
    'extraCostSekPerYear',
    'freightTonnesPerYear',
  ] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
