import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, hasPermission, requireAccess, requireSignedIn } from '../access';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { MeetingNoticesService } from './meeting-notices.service';
import { MeetingRegistrationsRepository, type RegistrationRow } from './meeting-registrations.repository';
import { MeetingsRepository } from './meetings.repository';
import type { Meeting, MeetingRegistrant, RegistrationSummary } from './meetings.types';

/**
 * Registration for a meeting: anyone of the arena may register while it is planned and has not
 * begun, and cancel. With a cap, the first registrations by time have a seat and the rest wait in
 * that order; a cancellation moves the waiting list up (the order is derived, never stored).
 */
@Injectable()
export class MeetingRegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly registrations: MeetingRegistrationsRepository,
    private readonly notices: MeetingNoticesService,
  ) {}

  async register(actor: Actor, meetingId: string): Promise<Meeting> {
    return this.change(actor, meetingId, (tx, userId) => this.registrations.register(tx, meetingId, userId));
  }

  async cancel(actor: Actor, meetingId: string): Promise<Meeting> {
    return this.change(actor, meetingId, async (tx, userId, capacity) => {
      const before = await this.registrations.inOrder(meetingId, tx);
      await this.registrations.cancel(tx, meetingId, userId);
      const movedUp = movedUpBy(before, userId, capacity);
      if (movedUp) await this.notices.mailSeatGiven(tx, meetingId, movedUp);
    });
  }

  /** Seats taken, the waiting list's length and the reader's own place. */
  async summary(actor: Actor, meeting: Meeting): Promise<RegistrationSummary> {
    const rows = await this.registrations.inOrder(meeting.id);
    const seats = meeting.capacity ?? Number.POSITIVE_INFINITY;
    const mine = rows.find((r) => r.userId === actor.user?.id);
    return {
      registered: Math.min(rows.length, seats),
      waiting: Math.max(0, rows.length - seats),
      open: meeting.status === 'PLANNED' && new Date(meeting.startsAt) > new Date(),
      myPlace: mine ? mine.place : null,
      myWaitingPosition: mine && mine.place > seats ? mine.place - seats : null,
    };
  }

  /** Who registered, in order, with their seat or waiting position: for the arena's staff only. */
  async registrants(actor: Actor, meeting: Meeting): Promise<MeetingRegistrant[]> {
    if (!hasPermission(actor, meeting.arenaId, 'manageMeetings')) return [];
    const seats = meeting.capacity ?? Number.POSITIVE_INFINITY;
    return (await this.registrations.inOrder(meeting.id)).map((r: RegistrationRow) => ({
      userId: r.userId,
      name: r.name,
      organizationName: r.organizationName,
      registeredAt: r.registeredAt,
      waitingPosition: r.place > seats ? r.place - seats : null,
    }));
  }

  private async change(
    actor: Actor,
    meetingId: string,
    write: (tx: EntityManager, userId: string, capacity: number | null) => Promise<void>,
  ): Promise<Meeting> {
    const user = requireSignedIn(actor);
    if (!isUuid(meetingId)) throw badInput('meetingId', 'invalidId');
    const meeting = await this.meetings.byId(meetingId);
    if (!meeting || !hasPermission(actor, meeting.arenaId, 'readMembersAudience')) throw badInput('meetingId', 'notFound');
    requireAccess(actor, meeting.arenaId, 'attendMeetings');
    if (meeting.status !== 'PLANNED' || meeting.startsAt <= new Date()) throw badInput('meetingId', 'registrationClosed');
    await this.db.transaction(async (tx) => {
      // The meeting locked: registrations and cancellations of one meeting take turns, so the one who moves up is certain.
      await this.meetings.byId(meetingId, tx);
      await write(tx, user.id, meeting.capacity);
    });
    return meeting;
  }
}

/** Who gets a seat when `userId` cancels: the first waiting, if the one cancelling had a seat. */
function movedUpBy(before: RegistrationRow[], userId: string, capacity: number | null): string | null {
  if (capacity === null) return null;
  const leaving = before.find((r) => r.userId === userId);
  if (!leaving || leaving.place > capacity) return null;
  return before.find((r) => r.place === capacity + 1)?.userId ?? null;
}
