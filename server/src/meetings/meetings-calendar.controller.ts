import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

import { ArenasService } from '../arenas';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import type { MeetingRow } from './meetings.repository';
import { MeetingsRepository } from './meetings.repository';

/** The web page of a meeting (web/src/meetings/). */
export function meetingLink(appUrl: string, meetingId: string): string {
  return `${appUrl}/moten/${meetingId}`;
}

/**
 * An arena's meetings as an iCalendar feed that Outlook and Google Calendar subscribe to:
 * GET /feeds/<slug>/meetings.ics, no sign-in. It carries what an arena announces anyway — title,
 * time, place and a link to the meeting's page — never the agenda or the online meeting link.
 * Times are written in UTC (ical-generator given only a time zone writes floating times, which a
 * client reads as its own local time: an hour off); SEQUENCE rises with every change, and a
 * cancelled meeting stays in the feed as STATUS:CANCELLED so calendars remove it.
 */
@Controller('feeds')
export class MeetingsCalendarController {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly arenas: ArenasService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
  const host = new URL(appUrl).hostname;
  const calendar = ical({
    name: `${arenaName}: möten`,
    prodId: { company: 'Flaskhals', product: 'meetings', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const meeting of meetings) {
    const link = meetingLink(appUrl, meeting.id);
    calendar.createEvent({
      id: `${meeting.id}@${host}`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      created: meeting.createdAt,
      summary: meeting.status === 'CANCELLED' ? `INSTÄLLT: ${meeting.title}` : meeting.title,
      location: meeting.place ?? undefined,
      // Calendar clients ignore URL: the link goes into the description too.
      description: [meeting.status === 'CANCELLED' && meeting.cancelReason ? `Inställt: ${meeting.cancelReason}` : null, link]
        .filter(Boolean)
        .join('\n\n'),
      url: link,
      sequence: meeting.sequence,
      status: meeting.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
