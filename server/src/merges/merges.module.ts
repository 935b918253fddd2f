import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit';
import { HistoryModule } from '../history';
import { ObjectsModule } from '../objects';
import { MergesRepository } from './merges.repository';
import { MergesResolver } from './merges.resolver';
import { MergesService } from './merges.service';
import { MoveReportService } from './move-report.service';
import { ObjectMerge } from './object-merge.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ObjectMerge]), ObjectsModule, HistoryModule, AuditModule],
  providers: [MergesService, MoveReportService, MergesRepository, MergesResolver],
})
export class MergesModule {}
