import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { ScoringModule } from '../scoring';
import { VotesModule } from '../votes';
import { PrioritiesRepository } from './priorities.repository';
import { PrioritiesResolver } from './priorities.resolver';
import { PrioritiesService } from './priorities.service';

@Module({
  imports: [ArenasModule, AuditModule, ScoringModule, VotesModule],
  providers: [PrioritiesService, PrioritiesRepository, PrioritiesResolver],
  exports: [PrioritiesService],
})
export class PrioritiesModule {}
