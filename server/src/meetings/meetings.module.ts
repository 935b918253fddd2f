import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { FactsModule } from '../facts';
import { ObjectsModule } from '../objects';
import { TriageModule } from '../triage';
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
import { PersonalCalendarRepository } from './personal-calendar.repository';
import { PersonalCalendarResolver } from './personal-calendar.resolver';
import { PersonalCalendarService } from './personal-calendar.service';

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
    PersonalCalendarService,
    PersonalCalendarRepository,
    PersonalCalendarResolver,
  ],
})
export class MeetingsModule {}
