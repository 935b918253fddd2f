import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { HistoryRepository } from './history.repository';
import { ObjectHistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';
import { ObjectEvent } from './object-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ObjectEvent])],
  providers: [HistoryService, HistoryRepository, ObjectHistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
