import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { HistoryModule } from '../history';
import { ObjectsModule } from '../objects';
import { TriageRepository } from './triage.repository';
import { TriageResolver } from './triage.resolver';
import { TriageService } from './triage.service';

@Module({
  imports: [ObjectsModule, ArenasModule, HistoryModule, AuditModule],
  providers: [TriageService, TriageRepository, TriageResolver],
  exports: [TriageService],
})
export class TriageModule {}
