import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditEntry } from './audit-entry.entity';

/** The append-only audit log: AuditService.record for every feature that writes, the staff's query. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
