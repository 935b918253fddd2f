import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { FactsModule } from '../facts';
import { ObjectsModule } from '../objects';
import { TriageModule } from '../triage';
import { MeetingLiveRepository } from './meeting-live.repository';
import { MeetingLiveResolver } from './meeting-live.resolver';
import { MeetingLiveService } from './meeting-live.service';
import { MeetingChangeFeed } from './meeting-live-feed';
import { MeetingRecordsRepository } from './meeting-records.repository';
import { MeetingRecordsResolver } from './meeting-records.resolver';
import { MeetingRecordsService } from './meeting-records.service';
import { MeetingRegistrationsRepository } from './meeting-registrations.repository';
import { MeetingRegistrationsResolver } from './meeting-registrations.resolver';
import { MeetingRegistrationsService } from './meeting-registrations.service';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MeetingsCalendarController } from './meetings-calendar.controller';

@Module({
  imports: [ObjectsModule, ArenasModule, AuditModule, TriageModule, FactsModule],
  controllers: [MeetingsCalendarController],
  providers: [
    MeetingsService,
    MeetingsRepository,
    MeetingsResolver,
    MeetingRecordsService,
    MeetingRecordsRepository,
    MeetingRecordsResolver,
    MeetingRegistrationsService,
    MeetingRegistrationsRepository,
    MeetingRegistrationsResolver,
    MeetingChangeFeed,
    MeetingLiveRepository,
    MeetingLiveService,
    MeetingLiveResolver,
  ],
})
export class MeetingsModule {}
