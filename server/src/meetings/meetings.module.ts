import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { FactsModule } from '../facts';
import { MailModule } from '../mail';
import { ObjectsModule } from '../objects';
import { PrioritiesModule } from '../priorities';
import { TriageModule } from '../triage';
import { VotesModule } from '../votes';
import { ActionItemsRepository } from './action-items.repository';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';
import { MeetingDocumentsController } from './meeting-documents.controller';
import { MeetingDocumentsService } from './meeting-documents.service';
import { MeetingLiveRepository } from './meeting-live.repository';
import { MeetingLiveResolver } from './meeting-live.resolver';
import { MeetingLiveService } from './meeting-live.service';
import { MeetingChangeFeed } from './meeting-live-feed';
import { MeetingNoticesRepository } from './meeting-notices.repository';
import { MeetingNoticesResolver } from './meeting-notices.resolver';
import { MeetingNoticesService } from './meeting-notices.service';
import { MeetingProtocolRepository } from './meeting-protocol.repository';
import { AgendaItemMinutesResolver, MeetingProtocolResolver } from './meeting-protocol.resolver';
import { MeetingProtocolService } from './meeting-protocol.service';
import { MeetingRecordsRepository } from './meeting-records.repository';
import { MeetingRecordsResolver } from './meeting-records.resolver';
import { MeetingRecordsService } from './meeting-records.service';
import { MeetingRegistrationsRepository } from './meeting-registrations.repository';
import { MeetingRegistrationsResolver } from './meeting-registrations.resolver';
import { MeetingRegistrationsService } from './meeting-registrations.service';
import { MeetingReminders } from './meeting-reminders';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MeetingsCalendarController } from './meetings-calendar.controller';
import { PersonalCalendarRepository } from './personal-calendar.repository';
import { PersonalCalendarResolver } from './personal-calendar.resolver';
import { PersonalCalendarService } from './personal-calendar.service';

@Module({
  imports: [ObjectsModule, ArenasModule, AuditModule, TriageModule, FactsModule, MailModule, PrioritiesModule, VotesModule],
  controllers: [MeetingsCalendarController, MeetingDocumentsController],
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
    MeetingNoticesService,
    MeetingNoticesRepository,
    MeetingNoticesResolver,
    MeetingReminders,
    ActionItemsService,
    ActionItemsRepository,
    ActionItemsResolver,
    MeetingProtocolService,
    MeetingProtocolRepository,
    MeetingProtocolResolver,
    AgendaItemMinutesResolver,
    MeetingDocumentsService,
    PersonalCalendarService,
    PersonalCalendarRepository,
    PersonalCalendarResolver,
  ],
})
export class MeetingsModule {}
