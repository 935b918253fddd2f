import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, INITIAL_OBJECT_STATUS, reportBottleneckSchema, supportReportSchema, updateReportSchema, validate } from '@flaskhals/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { forbidden, readScope, requirePermission, requireUser, roleIn, type Actor } from '../auth/actor';
import { isUniqueViolation } from '../common/database/sql';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { idempotent } from '../common/idempotency/idempotency';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { insertObject } from '../objects/object-writes';
import { withTotals } from '../objects/object-totals';
import { OrganizationsService } from '../organizations/organizations.service';
import type { ReportBottleneckInput, SupportReportInput, UpdateReportInput } from './report.inputs';
import { canSeeReport } from './report-visibility';
import { Report } from './report.entity';
import { Support } from './support.entity';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /** A report by the user's organization on an existing object, or a new object with its first report: all or nothing. */
  async reportBottleneck(actor: Actor, raw: ReportBottleneckInput): Promise<{ report: Report; object: InfrastructureObject }> {
    requireUser(actor);
    const parsed = validate(reportBottleneckSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    const user = requirePermission(actor, input.arenaId, 'report');
    const result = await this.db.transaction((tx) =>
      idempotent(tx, {
        operation: 'reportBottleneck',
        key: idempotencyKey,
        arenaId: input.arenaId,
        request: { ...input, organizationId: user.organizationId },
        replay: async (ids) => ({
          report: await tx.getRepository(Report).findOneByOrFail({ id: ids.reportId }),
          object: await tx.getRepository(InfrastructureObject).findOneByOrFail({ id: ids.objectId }),
        }),
        write: async () => {
          await this.organizations.assertMember(input.arenaId, user.organizationId, 'organizationId', tx);
          let object: InfrastructureObject;
          if (input.objectId) {
            object = await this.existingObject(tx, input.arenaId, input.objectId);
          } else {
            object = await insertObject(tx, input.arenaId, { ...input.newObject!, status: INITIAL_OBJECT_STATUS });
            await this.audit.record(tx, actor, { arenaId: input.arenaId, entity: 'object', entityId: object.id, action: 'create', after: object });
          }
          const reports = tx.getRepository(Report);
          const report = await reports.save(
            reports.create({
              arenaId: input.arenaId,
              objectId: object.id,
              organizationId: user.organizationId,
              title: input.title,
              problem: input.problem,
              category: input.category,
              proposedMeasure: input.proposedMeasure,
              visibility: input.visibility,
              ...input.impact,
            }),
          );
          await tx.getRepository(InfrastructureObject).update(object.id, { updatedAt: new Date() });
          await this.audit.record(tx, actor, { arenaId: input.arenaId, entity: 'report', entityId: report.id, action: 'create', after: report });
          return { value: { report, object }, ids: { reportId: report.id, objectId: object.id } };
        },
      }),
    );
    await withTotals(this.db, actor, [result.object]);
    return result;
  }

  /** "We are affected too": the user's organization joins a report it can see, with its own figures. */
  async supportReport(actor: Actor, raw: SupportReportInput): Promise<{ support: Support; object: InfrastructureObject }> {
    const user = requireUser(actor);
    const parsed = validate(supportReportSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    try {
      const result = await this.db.transaction(async (tx) => {
        const report = await this.visibleReport(tx, actor, input.reportId);
        requirePermission(actor, report.arenaId, 'support');
        const objects = tx.getRepository(InfrastructureObject);
        return idempotent(tx, {
          operation: 'supportReport',
          key: idempotencyKey,
          arenaId: report.arenaId,
          request: { ...input, organizationId: user.organizationId },
          replay: async (ids) => ({
            support: await tx.getRepository(Support).findOneByOrFail({ id: ids.supportId }),
            object: await objects.findOneByOrFail({ id: report.objectId }),
          }),
          write: async () => {
            if (report.withdrawnAt) throw badInput('reportId', 'withdrawn');
            await this.organizations.assertMember(report.arenaId, user.organizationId, 'organizationId', tx);
            if (report.organizationId === user.organizationId) throw badInput('reportId', 'ownReport');
            const supports = tx.getRepository(Support);
            const support = await supports.save(
              supports.create({
                arenaId: report.arenaId,
                objectId: report.objectId,
                reportId: report.id,
                organizationId: user.organizationId,
                comment: input.comment,
                ...input.impact,
              }),
            );
            await objects.update(report.objectId, { updatedAt: new Date() });
            await this.audit.record(tx, actor, { arenaId: report.arenaId, entity: 'support', entityId: support.id, action: 'create', after: support });
            return { value: { support, object: await objects.findOneByOrFail({ id: report.objectId }) }, ids: { supportId: support.id } };
          },
        });
      });
      await withTotals(this.db, actor, [result.object]);
      return result;
    } catch (error) {
      if (isUniqueViolation(error, 'support_report_organization_key')) throw badInput('reportId', 'alreadySupported');
      throw error;
    }
  }

  /** Members change only their own organization's reports; staff any report of their arena. */
  async updateReport(actor: Actor, raw: UpdateReportInput): Promise<Report> {
    requireUser(actor);
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
    requireUser(actor);
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

  /** A report the actor may see; anything else, including guessed ids, is "not found". */
  private async visibleReport(tx: EntityManager, actor: Actor, reportId: string): Promise<Report> {
    const report = await tx.getRepository(Report).findOneBy({ id: reportId });
    if (!report || !canSeeReport(readScope(actor, report.arenaId), report)) throw badInput('reportId', 'notFound');
    return report;
  }

  private async editableReport(tx: EntityManager, actor: Actor, reportId: string): Promise<Report> {
    if (!validate(updateReportSchema.shape.reportId, reportId).ok) throw badInput('reportId', 'invalidId');
    const report = await this.visibleReport(tx, actor, reportId);
    const user = requirePermission(actor, report.arenaId, 'report');
    if (report.organizationId !== user.organizationId && !can(roleIn(actor, report.arenaId), 'editAnyReport')) throw forbidden('Only the reporting organization or the arena staff may change a report.');
    return report;
  }

  private async existingObject(tx: EntityManager, arenaId: string, objectId: string): Promise<InfrastructureObject> {
    const object = await tx.getRepository(InfrastructureObject).findOneBy({ id: objectId, arenaId });
    if (!object) throw badInput('objectId', 'notFound');
    return object;
  }
}
