import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INITIAL_OBJECT_STATUS, reportBottleneckSchema, supportReportSchema, updateReportSchema, validate } from '@flaskhals/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { forbidden, readAccess, requireAccess, requireSignedIn } from '../access/access';
import { canEditReport, canSeeFigures, canSeeReport } from '../access/visibility';
import type { Actor } from '../auth/actor';
import { isUniqueViolation } from '../common/database/sql';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
import type { Impact } from '../objects/impact';
import type DataLoader from 'dataloader';
import { firstResult, idempotent, requestHashOf } from '../common/idempotency/idempotency';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { withTotals } from '../objects/object-totals';
import { OrganizationsService } from '../organizations/organizations.service';
import type { ReportBottleneckInput, SupportReportInput, UpdateReportInput } from './report.inputs';
import { Report } from './report.entity';
import { writeReport } from './report-write';
import { Support } from './support.entity';

/** What a mutation's payload needs beyond the written rows: the object's totals only when asked for. */
export interface PayloadOptions {
  totals: boolean;
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /** A report by the user's organization on an existing object, or a new object with its first report: all or nothing. */
  async reportBottleneck(actor: Actor, raw: ReportBottleneckInput, options: PayloadOptions = { totals: true }): Promise<{ report: Report; object: InfrastructureObject }> {
    requireSignedIn(actor);
    const parsed = validate(reportBottleneckSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    const user = requireAccess(actor, input.arenaId, 'report');
    const request = { ...input, organizationId: user.organizationId };
    const outcome = await writeReport(this.db, actor, {
      arenaId: input.arenaId,
      organizationId: user.organizationId,
      reportId: randomUUID(),
      objectId: input.objectId ?? randomUUID(),
      newObject: input.objectId ? null : { ...input.newObject!, status: INITIAL_OBJECT_STATUS },
      report: {
        title: input.title,
        problem: input.problem,
        category: input.category,
        proposedMeasure: input.proposedMeasure ?? null,
        visibility: input.visibility ?? 'MEMBERS',
        ...input.impact,
      },
      idempotency: idempotencyKey ? { key: idempotencyKey, requestHash: requestHashOf(request) } : null,
    });
    let result: { report: Report; object: InfrastructureObject };
    switch (outcome.kind) {
      case 'notMember':
        throw badInput('organizationId', 'notMember');
      case 'objectNotFound':
        throw badInput('objectId', 'notFound');
      case 'keySeen': {
        const first = await firstResult(this.db.manager, 'reportBottleneck', idempotencyKey!, requestHashOf(request));
        result = {
          report: await this.db.getRepository(Report).findOneByOrFail({ id: first.reportId }),
          object: await this.db.getRepository(InfrastructureObject).findOneByOrFail({ id: first.objectId }),
        };
        break;
      }
      case 'written':
        result = outcome;
    }
    if (options.totals) await withTotals(this.db, actor, [result.object]);
    return result;
  }

  /** "We are affected too": the user's organization joins a report it can see, with its own figures. */
  async supportReport(actor: Actor, raw: SupportReportInput, options: PayloadOptions = { totals: true }): Promise<{ support: Support; object: InfrastructureObject }> {
    const user = requireSignedIn(actor);
    const parsed = validate(supportReportSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    const supportId = randomUUID();
    try {
      const result = await this.db.transaction(async (tx) => {
        const report = await this.visibleReport(tx, actor, input.reportId);
        requireAccess(actor, report.arenaId, 'support');
        const objects = tx.getRepository(InfrastructureObject);
        return idempotent(tx, {
          operation: 'supportReport',
          key: idempotencyKey,
          arenaId: report.arenaId,
          request: { ...input, organizationId: user.organizationId },
          ids: { supportId },
          replay: async (first) => ({
            support: await tx.getRepository(Support).findOneByOrFail({ id: first.supportId }),
            object: await objects.findOneByOrFail({ id: report.objectId }),
          }),
          write: async () => {
            if (report.withdrawnAt) throw badInput('reportId', 'withdrawn');
            await this.organizations.assertMember(report.arenaId, user.organizationId, 'organizationId', tx);
            if (report.organizationId === user.organizationId) throw badInput('reportId', 'ownReport');
            const supports = tx.getRepository(Support);
            const support = supports.create({
              id: supportId,
              arenaId: report.arenaId,
              objectId: report.objectId,
              reportId: report.id,
              organizationId: user.organizationId,
              comment: input.comment,
              ...input.impact,
            });
            await supports.insert(support as never);
            await objects.update(report.objectId, { updatedAt: new Date() });
            await this.audit.record(tx, actor, { arenaId: report.arenaId, entity: 'support', entityId: support.id, action: 'create', after: support });
            return { support, object: await objects.findOneByOrFail({ id: report.objectId }) };
          },
        });
      });
      if (options.totals) await withTotals(this.db, actor, [result.object]);
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
    return this.db.transaction(async (tx) => {
      const report = await this.editableReport(tx, actor, reportId);
      const before = { ...report };
      Object.assign(report, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), impact ?? {});
      const saved = await tx.getRepository(Report).save(report);
      await this.audit.record(tx, actor, { arenaId: report.arenaId, entity: 'report', entityId: report.id, action: 'update', before, after: saved });
      return saved;
    });
  }

  /** A withdrawn report stays on record (and in the audit log) but no longer counts or shows to others. */
  async withdrawReport(actor: Actor, reportId: string): Promise<Report> {
    requireSignedIn(actor);
    return this.db.transaction(async (tx) => {
      const report = await this.editableReport(tx, actor, reportId);
      if (report.withdrawnAt) return report;
      const before = { ...report };
      report.withdrawnAt = new Date();
      const saved = await tx.getRepository(Report).save(report);
      await this.audit.record(tx, actor, { arenaId: report.arenaId, entity: 'report', entityId: report.id, action: 'withdraw', before, after: saved });
      return saved;
    });
  }

  /** An object's reports the actor may see, oldest first, a page at a time (the loader batches the objects of a list). */
  async reportsOfObject(actor: Actor, object: { id: string; arenaId: string }, loader: DataLoader<string, Report[]>, first?: number | null, after?: string | null): Promise<Connection<Report>> {
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

  /** A report the actor may see; anything else, including guessed ids, is "not found". */
  private async visibleReport(tx: EntityManager, actor: Actor, reportId: string): Promise<Report> {
    const report = await tx.getRepository(Report).findOneBy({ id: reportId });
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
