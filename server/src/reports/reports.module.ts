import { AuditModule } from '../audit/audit.module';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ObjectReportsResolver } from './object-reports.resolver';
import { ReportsResolver, SupportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [OrganizationsModule, AuditModule],
  providers: [ReportsService, ReportsResolver, SupportsResolver, ObjectReportsResolver],
})
export class ReportsModule {}
