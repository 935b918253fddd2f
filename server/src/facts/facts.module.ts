import { Module } from '@nestjs/common';

import { AuditModule } from '../audit';
import { HistoryModule } from '../history';
import { ObjectsModule } from '../objects';
import { FactsRepository } from './facts.repository';
import { FactsResolver } from './facts.resolver';
import { FactsService } from './facts.service';

@Module({
  imports: [ObjectsModule, HistoryModule, AuditModule],
  providers: [FactsService, FactsRepository, FactsResolver],
  exports: [FactsService],
})
export class FactsModule {}
