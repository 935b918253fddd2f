import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

import type { MeetingRow } from './meetings.repository';

/** The web page of a meeting (web/src/meetings/). */
export function meetingLink(appUrl: string, meetingId: string): string {
  return `${appUrl}/moten/${meetingId}`;
}

/** An empty calendar in the shape Outlook and Google Calendar subscribe to (PUBLISH, refreshed hourly). */
export function meetingsCalendar(name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Flaskhals', product: 'meetings', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
}

/** What one feed adds to a meeting's event: the arena feed nothing, the personal feed the reader's seat or place in line. */
export interface EventExtras {
  /** Distinguishes the event from the same meeting in another feed (a client subscribed to both keeps both). */
  uidSuffix?: string;
  summaryPrefix?: string;
  /** A line first in the description. */
  note?: string;
  /** Overrides the meeting's own SEQUENCE (it must still only ever rise). */
  sequence?: number;
  tentative?: boolean;
}

/**
 * A meeting as a VEVENT. Times are written in UTC (ical-generator given only a time zone writes
 * floating times, which a client reads as its own local time: an hour off); SEQUENCE rises with
 * every change of the meeting, and a cancelled meeting stays as STATUS:CANCELLED so calendars
 * remove it. Calendar clients ignore URL, so the meeting's link goes into the description too.
 */
export function addMeetingEvent(calendar: ICalCalendar, appUrl: string, meeting: MeetingRow, extras: EventExtras = {}): void {
  const host = new URL(appUrl).hostname;
  const link = meetingLink(appUrl, meeting.id);
  const cancelled = meeting.status === 'CANCELLED';
  calendar.createEvent({
    id: `${meeting.id}${extras.uidSuffix ?? ''}@${host}`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    stamp: meeting.updatedAt,
    lastModified: meeting.updatedAt,
    created: meeting.createdAt,
    summary: `${cancelled ? 'INSTÄLLT: ' : (extras.summaryPrefix ?? '')}${meeting.title}`,
    location: meeting.place ?? undefined,
    description: [cancelled && meeting.cancelReason ? `Inställt: ${meeting.cancelReason}` : null, extras.note ?? null, link]
      .filter(Boolean)
      .join('\n\n'),
    url: link,
    sequence: extras.sequence ?? meeting.sequence,
    status: cancelled ? ICalEventStatus.CANCELLED : extras.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
  });
}
