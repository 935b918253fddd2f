import { MEETING_TIME_ZONE } from '@flaskhals/shared';

import { localeFor } from '../ui/format/numbers';

/** "måndag 22 februari 2027 09:00–12:00", in Swedish time whatever the reader's computer says. */
export function formatMeetingTime(startsAt: string, endsAt: string, language: string): string {
  const locale = localeFor(language);
  const day = new Intl.DateTimeFormat(locale, { timeZone: MEETING_TIME_ZONE, dateStyle: 'full' });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: MEETING_TIME_ZONE, timeStyle: 'short' });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)} ${clock.format(start)}–${clock.format(end)}`
    : `${day.format(start)} ${clock.format(start)} – ${day.format(end)} ${clock.format(end)}`;
}

/** "09:15": a time of the day in Swedish time. */
export function formatClock(instant: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { timeZone: MEETING_TIME_ZONE, timeStyle: 'short' }).format(new Date(instant));
}

/** "22 feb. 2027": a short date in Swedish time. */
export function formatMeetingDate(instant: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { timeZone: MEETING_TIME_ZONE, dateStyle: 'medium' }).format(new Date(instant));
}
