import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { ObjectsModule } from '../objects';
import { ScoringLoaders } from './scoring.loaders';
import { ScoringRepository } from './scoring.repository';
import { ScoringResolver } from './scoring.resolver';
import { ScoringService } from './scoring.service';

@Module({
  imports: [ArenasModule, AuditModule, ObjectsModule],
  providers: [ScoringService, ScoringRepository, ScoringResolver, ScoringLoaders],
  exports: [ScoringService],
})
export class ScoringModule {}
