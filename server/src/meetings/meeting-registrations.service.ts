import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, hasPermission, requireAccess, requireSignedIn } from '../access';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
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
  ) {}

  async register(actor: Actor, meetingId: string): Promise<Meeting> {
    return this.change(actor, meetingId, (tx, userId) => this.registrations.register(tx, meetingId, userId));
  }

  async cancel(actor: Actor, meetingId: string): Promise<Meeting> {
    return this.change(actor, meetingId, (tx, userId) => this.registrations.cancel(tx, meetingId, userId));
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

  private async change(actor: Actor, meetingId: string, write: (tx: EntityManager, userId: string) => Promise<void>): Promise<Meeting> {
    const user = requireSignedIn(actor);
    if (!isUuid(meetingId)) throw badInput('meetingId', 'invalidId');
    const meeting = await this.meetings.byId(meetingId);
    if (!meeting || !hasPermission(actor, meeting.arenaId, 'readMembersAudience')) throw badInput('meetingId', 'notFound');
    requireAccess(actor, meeting.arenaId, 'attendMeetings');
    if (meeting.status !== 'PLANNED' || meeting.startsAt <= new Date()) throw badInput('meetingId', 'registrationClosed');
    await this.db.transaction((tx) => write(tx, user.id));
    return meeting;
  }
}
