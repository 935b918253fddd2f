import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { ObjectsModule } from '../objects';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MeetingsCalendarController } from './meetings-calendar.controller';

@Module({
  imports: [ObjectsModule, ArenasModule, AuditModule],
  controllers: [MeetingsCalendarController],
  providers: [MeetingsService, MeetingsRepository, MeetingsResolver],
})
export class MeetingsModule {}
