import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';

import { ArenasService } from '../arenas';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { addMeetingEvent, meetingsCalendar } from './meeting-calendar';
import type { MeetingRow } from './meetings.repository';
import { MeetingsRepository } from './meetings.repository';
import { PersonalCalendarService } from './personal-calendar.service';

/**
 * The meetings as iCalendar feeds that Outlook and Google Calendar subscribe to, no sign-in:
 * GET /feeds/<slug>/meetings.ics, an arena's, carries what an arena announces anyway — title,
 * time, place and a link to the meeting's page — never the agenda or the online meeting link;
 * GET /feeds/personal/<secret>/meetings.ics, a person's, the meetings they registered for and
 * whether they hold a seat or wait. The events are built in meeting-calendar.ts.
 */
@Controller('feeds')
export class MeetingsCalendarController {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly arenas: ArenasService,
    private readonly personal: PersonalCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('personal/:token/meetings.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async personalFeed(@Param('token') token: string): Promise<string> {
    const feed = await this.personal.feed(token);
    if (feed === null) throw new NotFoundException('No such calendar');
    return feed;
  }

  @Get(':slug/meetings.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async feed(@Param('slug') slug: string): Promise<string> {
    const arena = await this.arenas.findBySlug(slug);
    if (!arena) throw new NotFoundException('No such arena');
    const rows = await this.meetings.forCalendar(arena.id);
    return arenaCalendar(this.config.appUrl, arena.name, rows);
  }
}

export function arenaCalendar(appUrl: string, arenaName: string, meetings: readonly MeetingRow[]): string {
  const calendar = meetingsCalendar(`${arenaName}: möten`);
  for (const meeting of meetings) addMeetingEvent(calendar, appUrl, meeting);
  return calendar.toString();
}
