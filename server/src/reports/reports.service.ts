import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INITIAL_OBJECT_STATUS,
  reportBottleneckSchema,
  supportReportSchema,
  validate,
  type NewObjectInput,
} from '@flaskhals/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { isUniqueViolation } from '../common/database/sql';
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
    const input = parsed.value;
    return this.db.transaction(async (tx) => {
      await this.organizations.assertMember(input.arenaId, input.organizationId, 'organizationId', tx);
      const object = input.objectId
        ? await this.existingObject(tx, input.arenaId, input.objectId)
        : await this.createObject(tx, input.arenaId, input.newObject!);
      const report = await tx.getRepository(Report).save(
        tx.getRepository(Report).create({
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
      return { report, object };
    });
  }

  async supportReport(raw: SupportReportInput): Promise<{ support: Support; object: InfrastructureObject }> {
    const parsed = validate(supportReportSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const input = parsed.value;
    try {
      return await this.db.transaction(async (tx) => {
        const report = await tx.getRepository(Report).findOneBy({ id: input.reportId });
        if (!report) throw badInput('reportId', 'notFound');
        await this.organizations.assertMember(report.arenaId, input.organizationId, 'organizationId', tx);
        if (report.organizationId === input.organizationId) throw badInput('organizationId', 'ownReport');
        const support = await tx.getRepository(Support).save(
          tx.getRepository(Support).create({
            arenaId: report.arenaId,
            objectId: report.objectId,
            reportId: report.id,
            organizationId: input.organizationId,
            comment: input.comment,
            ...input.impact,
          }),
        );
        await tx.getRepository(InfrastructureObject).update(report.objectId, { updatedAt: new Date() });
        const object = await tx.getRepository(InfrastructureObject).findOneByOrFail({ id: report.objectId });
        return { support, object };
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

  private async createObject(tx: EntityManager, arenaId: string, input: NewObjectInput): Promise<InfrastructureObject> {
    return insertObject(tx, arenaId, { ...input, status: INITIAL_OBJECT_STATUS });
  }
}
