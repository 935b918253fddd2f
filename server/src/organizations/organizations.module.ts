import { AuditModule } from '../audit/audit.module';
import { Module } from '@nestjs/common';
import { ArenasModule } from '../arenas/arenas.module';
import { OrganizationAdminResolver } from './organization-admin.resolver';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { PersonResolver } from './person';

@Module({
  imports: [ArenasModule, AuditModule],
  providers: [OrganizationsService, OrganizationsResolver, OrganizationAdminService, OrganizationAdminResolver, PersonResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
