import { Module } from '@nestjs/common';
import { ArenasModule } from '../arenas/arenas.module';
import { OrganizationAdminResolver } from './organization-admin.resolver';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [ArenasModule],
  providers: [OrganizationsService, OrganizationsResolver, OrganizationAdminService, OrganizationAdminResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
