import { createHash, randomBytes } from 'node:crypto';

import { plannedAgenda, stockholmWallClock } from '@flaskhals/shared';
import { Inject, Injectable } from '@nestjs/common';

import { type Actor, requireSignedIn } from '../access';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { addMeetingEvent, meetingsCalendar } from './meeting-calendar';
import { type AgendaItemRow, MeetingsRepository } from './meetings.repository';
import { PersonalCalendarRepository, type RegisteredMeetingRow } from './personal-calendar.repository';
import type { PersonalCalendarFeed, PersonalCalendarRenewal } from './personal-calendar.types';

/** 32 random bytes in base64url: what the URL carries. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function personalFeedPath(token: string): string {
  return `/feeds/personal/${token}/meetings.ics`;
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Each person's own meetings calendar: the meetings they registered for, with their seat or place
 * on the waiting list, at a URL whose secret a calendar app keeps (no sign-in there). Only the
 * secret's hash is stored, so the URL is shown once, when made; renewing makes the old one stop working.
 */
@Injectable()
export class PersonalCalendarService {
  constructor(
    private readonly calendars: PersonalCalendarRepository,
    private readonly meetings: MeetingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(actor: Actor): Promise<PersonalCalendarFeed> {
    const user = requireSignedIn(actor);
    return { createdAt: await this.calendars.createdAt(user.id) };
  }

  async renew(actor: Actor): Promise<PersonalCalendarRenewal> {
    const user = requireSignedIn(actor);
    const token = randomBytes(32).toString('base64url');
    const createdAt = await this.calendars.renew(user.id, hashOf(token));
    return { path: personalFeedPath(token), createdAt };
  }

  /** The feed of the token's owner; null for a token that is unknown or was renewed away. */
  async feed(token: string): Promise<string | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const userId = await this.calendars.ownerOf(hashOf(token));
    if (!userId) return null;
    const calendar = meetingsCalendar('Mina möten (Flaskhals)');
    const registered = await this.calendars.registeredMeetings(userId);
    const itemsOf = new Map<string, AgendaItemRow[]>();
    for (const item of registered.length ? await this.meetings.items(registered.map((m) => m.id)) : []) {
      itemsOf.set(item.meetingId, [...(itemsOf.get(item.meetingId) ?? []), item]);
    }
    for (const meeting of registered) {
      const seat = seatOf(meeting);
      const agenda = agendaText(meeting, itemsOf.get(meeting.id) ?? []);
      addMeetingEvent(calendar, this.config.appUrl, meeting, {
        uidSuffix: '.personal',
        ...seat,
        note: [seat.note, agenda].filter(Boolean).join('\n\n'),
      });
    }
    return calendar.toString();
  }
}

/**
 * The agenda with its planned times in Swedish time, for reading before the meeting: the person
 * may read the arena's meetings (the feed's query checks their role on every fetch). Every change
 * of the agenda raises the meeting's SEQUENCE (MeetingsService).
 */
function agendaText(meeting: RegisteredMeetingRow, items: AgendaItemRow[]): string | null {
  if (!items.length || meeting.status === 'CANCELLED') return null;
  const lines = plannedAgenda(meeting.startsAt, items).map(
    (item) => `${item.parentId ? '  ' : ''}${item.number}. ${stockholmWallClock(item.plannedStart).time} ${item.title}`,
  );
  return ['Dagordning:', ...lines].join('\n');
}

/**
 * The person's seat or waiting place in the event. SEQUENCE is twice the meeting's plus one with a
 * seat: moving up from the waiting list raises it, and losing a seat only happens when staff
 * lower the cap, which raises the meeting's own by one (two here), so it never falls.
 */
function seatOf(meeting: RegisteredMeetingRow) {
  const seats = meeting.capacity ?? Number.POSITIVE_INFINITY;
  const hasSeat = meeting.registrationPlace <= seats;
  return {
    sequence: 2 * meeting.sequence + (hasSeat ? 1 : 0),
    summaryPrefix: hasSeat ? '' : 'Väntelista: ',
    note: hasSeat
      ? 'Du är anmäld och har en plats.'
      : `Du står på väntelistan, plats ${meeting.registrationPlace - seats}. Du får en plats om någon avbokar.`,
    tentative: !hasSeat,
  };
}
