import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { ArenaMembership } from './arena-membership.entity';
import { Organization } from './organization.entity';
import { OrganizationLoaders } from './organization.loaders';
import { OrganizationAdminResolver } from './organization-admin.resolver';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { PersonResolver } from './person.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, ArenaMembership]), ArenasModule, AuditModule],
  providers: [
    OrganizationsService,
    OrganizationsResolver,
    OrganizationAdminService,
    OrganizationAdminResolver,
    PersonResolver,
    OrganizationLoaders,
  ],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
