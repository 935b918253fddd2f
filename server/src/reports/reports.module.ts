import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { HistoryModule } from '../history';
import { ObjectsModule } from '../objects';
import { OrganizationsModule } from '../organizations';
import { ObjectReportsResolver } from './object-reports.resolver';
import { Report } from './report.entity';
import { ReportLoaders } from './report.loaders';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver, SupportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { Support } from './support.entity';

@Module({
  // Idempotency keys: the report and support mutations are the ones that take them.
  imports: [TypeOrmModule.forFeature([Report, Support, IdempotencyKey]), ObjectsModule, OrganizationsModule, AuditModule, HistoryModule],
  providers: [ReportsService, ReportsRepository, ReportsResolver, SupportsResolver, ObjectReportsResolver, ReportLoaders],
})
export class ReportsModule {}
