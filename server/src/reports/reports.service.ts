import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INITIAL_OBJECT_STATUS, reportBottleneckSchema, supportReportSchema, validate } from '@flaskhals/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database/sql';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { idempotent } from '../common/idempotency/idempotency';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { insertObject } from '../objects/object-writes';
import { OrganizationsService } from '../organizations/organizations.service';
import type { ReportBottleneckInput, SupportReportInput } from './report.inputs';
import { Report } from './report.entity';
import { Support } from './support.entity';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  /** A report on an existing object, or a new object with its first report: all or nothing. */
  async reportBottleneck(raw: ReportBottleneckInput): Promise<{ report: Report; object: InfrastructureObject }> {
    const parsed = validate(reportBottleneckSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    return this.db.transaction((tx) =>
      idempotent(tx, {
        operation: 'reportBottleneck',
        key: idempotencyKey,
        arenaId: input.arenaId,
        request: input,
        replay: async (ids) => ({
          report: await tx.getRepository(Report).findOneByOrFail({ id: ids.reportId }),
          object: await tx.getRepository(InfrastructureObject).findOneByOrFail({ id: ids.objectId }),
        }),
        write: async () => {
          await this.organizations.assertMember(input.arenaId, input.organizationId, 'organizationId', tx);
          const object = input.objectId
            ? await this.existingObject(tx, input.arenaId, input.objectId)
            : await insertObject(tx, input.arenaId, { ...input.newObject!, status: INITIAL_OBJECT_STATUS });
          const reports = tx.getRepository(Report);
          const report = await reports.save(
            reports.create({
              arenaId: input.arenaId,
              objectId: object.id,
              organizationId: input.organizationId,
              title: input.title,
              problem: input.problem,
              category: input.category,
              proposedMeasure: input.proposedMeasure,
              ...input.impact,
            }),
          );
          await tx.getRepository(InfrastructureObject).update(object.id, { updatedAt: new Date() });
          return { value: { report, object }, ids: { reportId: report.id, objectId: object.id } };
        },
      }),
    );
  }

  async supportReport(raw: SupportReportInput): Promise<{ support: Support; object: InfrastructureObject }> {
    const parsed = validate(supportReportSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { idempotencyKey, ...input } = parsed.value;
    try {
      return await this.db.transaction(async (tx) => {
        const report = await tx.getRepository(Report).findOneBy({ id: input.reportId });
        if (!report) throw badInput('reportId', 'notFound');
        const objects = tx.getRepository(InfrastructureObject);
        return idempotent(tx, {
          operation: 'supportReport',
          key: idempotencyKey,
          arenaId: report.arenaId,
          request: input,
          replay: async (ids) => ({
            support: await tx.getRepository(Support).findOneByOrFail({ id: ids.supportId }),
            object: await objects.findOneByOrFail({ id: report.objectId }),
          }),
          write: async () => {
            await this.organizations.assertMember(report.arenaId, input.organizationId, 'organizationId', tx);
            if (report.organizationId === input.organizationId) throw badInput('organizationId', 'ownReport');
            const supports = tx.getRepository(Support);
            const support = await supports.save(
              supports.create({
                arenaId: report.arenaId,
                objectId: report.objectId,
                reportId: report.id,
                organizationId: input.organizationId,
                comment: input.comment,
                ...input.impact,
              }),
            );
            await objects.update(report.objectId, { updatedAt: new Date() });
            return { value: { support, object: await objects.findOneByOrFail({ id: report.objectId }) }, ids: { supportId: support.id } };
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'support_report_organization_key')) throw badInput('organizationId', 'alreadySupported');
      throw error;
    }
  }

  private async existingObject(tx: EntityManager, arenaId: string, objectId: string): Promise<InfrastructureObject> {
    const object = await tx.getRepository(InfrastructureObject).findOneBy({ id: objectId, arenaId });
    if (!object) throw badInput('objectId', 'notFound');
    return object;
  }
}
