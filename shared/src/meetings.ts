import { z } from 'zod';

import { httpsUrl, optionalText, requiredText } from './text';

/**
 * Arena meetings (server/src/meetings/, web/src/meetings/): the meeting, its lifecycle and its
 * agenda. Times are instants (ISO 8601 with offset); the web shows them in Europe/Stockholm.
 */

export const MEETING_STATUSES = ['PLANNED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The meeting's lifecycle: planned, held (in progress, then closed), or cancelled before it began. */
const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

export function canChangeMeetingStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

export function nextMeetingStatuses(from: MeetingStatus): readonly MeetingStatus[] {
  return MEETING_TRANSITIONS[from];
}

/** Whether the meeting's details and agenda may still be changed by staff. */
export function isMeetingEditable(status: MeetingStatus): boolean {
  return status === 'PLANNED' || status === 'IN_PROGRESS';
}

export const MEETING_LIMITS = {
  titleMax: 200,
  placeMax: 300,
  descriptionMax: 10_000,
  urlMax: 2000,
  /** A meeting of a working day at most; longer gatherings are several meetings. */
  maxDurationHours: 16,
  capacityMax: 10_000,
  itemTitleMax: 300,
  itemDescriptionMax: 10_000,
  itemDurationMax: 600,
  itemsMax: 100,
  objectsPerItemMax: 20,
} as const;

const instant = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)), {
    error: 'invalidDateTime',
  })
  .transform((text) => new Date(text));

/** A meeting as staff plan it: when, where (a place, an online link, or both) and what it is about. */
export const meetingDetailsSchema = z
  .object({
    title: requiredText(1, MEETING_LIMITS.titleMax),
    startsAt: instant,
    endsAt: instant,
    place: optionalText(MEETING_LIMITS.placeMax),
    onlineUrl: httpsUrl(MEETING_LIMITS.urlMax)
      .nullish()
      .transform((v) => v || null),
    description: optionalText(MEETING_LIMITS.descriptionMax),
    capacity: z
      .number()
      .int({ error: 'notInteger' })
      .min(1, { error: 'tooSmall' })
      .max(MEETING_LIMITS.capacityMax, { error: 'tooLarge' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((meeting, ctx) => {
    if (!meeting.place && !meeting.onlineUrl) ctx.addIssue({ code: 'custom', path: ['place'], message: 'placeOrLink' });
    // Runs also when a field failed (zod 4): the times are compared only when both are times.
    if (!(meeting.startsAt instanceof Date) || !(meeting.endsAt instanceof Date)) return;
    const hours = (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 3_600_000;
    if (hours <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsBeforeStart' });
    else if (hours > MEETING_LIMITS.maxDurationHours)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'meetingTooLong', params: { max: MEETING_LIMITS.maxDurationHours } });
  });
export type MeetingDetailsInput = z.input<typeof meetingDetailsSchema>;
export type MeetingDetails = z.output<typeof meetingDetailsSchema>;

/** An agenda item as staff write it; a sub-item names its parent (one level deep). */
export const agendaItemSchema = z.object({
  title: requiredText(1, MEETING_LIMITS.itemTitleMax),
  description: optionalText(MEETING_LIMITS.itemDescriptionMax),
  durationMinutes: z
    .number()
    .int({ error: 'notInteger' })
    .min(0, { error: 'negative' })
    .max(MEETING_LIMITS.itemDurationMax, { error: 'tooLarge' }),
  objectIds: z
    .array(z.string())
    .max(MEETING_LIMITS.objectsPerItemMax, { error: 'tooMany' })
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
});
export type AgendaItemInput = z.input<typeof agendaItemSchema>;
export type AgendaItemValues = z.output<typeof agendaItemSchema>;

/** What the planned times need of an item: its place in the order, its parent and its length. */
export interface TimedAgendaItem {
  id: string;
  parentId: string | null;
  position: number;
  durationMinutes: number;
}

/**
 * The agenda in reading order (items by position, each followed by its sub-items by position),
 * numbered "1", "2", "2.1" …, with the planned start of each: items follow one another from the
 * meeting's start; sub-items share their parent's time, following one another from the parent's
 * start. A parent's own duration is its time, whatever its sub-items add up to.
 */
export function plannedAgenda<T extends TimedAgendaItem>(
  startsAt: Date,
  items: readonly T[],
): (T & { number: string; plannedStart: Date; plannedEnd: Date })[] {
  const byPosition = (a: T, b: T) => a.position - b.position || a.id.localeCompare(b.id);
  const children = new Map<string, T[]>();
  for (const item of items) if (item.parentId) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  const result: (T & { number: string; plannedStart: Date; plannedEnd: Date })[] = [];
  let at = startsAt.getTime();
  items
    .filter((item) => !item.parentId)
    .sort(byPosition)
    .forEach((item, i) => {
      const end = at + item.durationMinutes * 60_000;
      result.push({ ...item, number: String(i + 1), plannedStart: new Date(at), plannedEnd: new Date(end) });
      let subAt = at;
      (children.get(item.id) ?? []).sort(byPosition).forEach((sub, j) => {
        const subEnd = subAt + sub.durationMinutes * 60_000;
        result.push({ ...sub, number: `${i + 1}.${j + 1}`, plannedStart: new Date(subAt), plannedEnd: new Date(subEnd) });
        subAt = subEnd;
      });
      at = end;
    });
  return result;
}

/** The arena's clock: meetings are planned and shown in Swedish time, whatever the reader's computer says. */
export const MEETING_TIME_ZONE = 'Europe/Stockholm';

const stockholmParts = new Intl.DateTimeFormat('en-US', {
  timeZone: MEETING_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Swedish wall-clock date and time of an instant: { date: "2027-02-22", time: "09:00" }. */
export function stockholmWallClock(instant: Date | string): { date: string; time: string } {
  const parts = Object.fromEntries(stockholmParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(utcMs: number): number {
  const { date, time } = stockholmWallClock(new Date(utcMs));
  const wall = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), +time.slice(0, 2), +time.slice(3, 5));
  return Math.round((wall - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * A Swedish wall-clock date ("2027-02-22") and time ("09:00") as an ISO instant with its offset
 * ("2027-02-22T09:00:00+01:00"), or null when either is not one. In the autumn hour that occurs
 * twice the first is meant; a time skipped in spring moves an hour on, as clocks do.
 */
export function stockholmInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || +t[1] > 23 || +t[2] > 59) return null;
  const wall = Date.UTC(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== +d[3]) return null;
  const offset = stockholmOffsetMinutes(wall - stockholmOffsetMinutes(wall - 120 * 60_000) * 60_000);
  const instant = new Date(wall - offset * 60_000);
  const clock = stockholmWallClock(instant);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${clock.date}T${clock.time}:00${sign}${hh}:${mm}`;
}
