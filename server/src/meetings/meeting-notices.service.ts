import { plannedAgenda } from '@flaskhals/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, hasPermission, requireAccess, requireSignedIn } from '../access';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { MailService } from '../mail';
import { noticeMail, seatGivenMail } from './meeting-mail';
import { MeetingNoticesRepository } from './meeting-notices.repository';
import { MeetingNotice } from './meeting-notices.types';
import { MeetingsRepository } from './meetings.repository';
import type { Meeting } from './meetings.types';

/**
 * The notice (kallelse) of a meeting, e-mailed through the outbox to everyone with a role in the
 * arena who takes e-mail; sent again after a change it says it is updated. Also the mail to the
 * first on the waiting list when a seat comes free.
 */
@Injectable()
export class MeetingNoticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly notices: MeetingNoticesRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(actor: Actor, meetingId: string): Promise<MeetingNotice> {
    const user = requireSignedIn(actor);
    if (!isUuid(meetingId)) throw badInput('meetingId', 'invalidId');
    const found = await this.meetings.byId(meetingId);
    if (!found || !hasPermission(actor, found.arenaId, 'readMembersAudience')) throw badInput('meetingId', 'notFound');
    requireAccess(actor, found.arenaId, 'manageMeetings');
    await this.db.transaction(async (tx) => {
      // Locked: two staff sending at once make one notice and one updated notice, never two firsts.
      const meeting = await this.meetings.byId(meetingId, tx);
      if (meeting?.status !== 'PLANNED') throw badInput('meetingId', 'noticeClosed');
      const [previous] = await this.notices.lastNotices([meetingId], tx);
      const agenda = plannedAgenda(meeting.startsAt, await this.meetings.items([meetingId], tx));
      const about = await this.notices.mailableMeeting(tx, meetingId);
      const recipients = await this.notices.arenaRecipients(tx, meeting.arenaId);
      const isUpdate = Boolean(previous);
      await this.mail.enqueueAll(
        tx,
        recipients.map((to) => noticeMail(this.config.appUrl, about, agenda, to, isUpdate)),
      );
      await this.notices.insertNotice(tx, meetingId, user.id, recipients.length, isUpdate);
    });
    const notice = await this.lastNotice(actor, (await this.meetings.byId(meetingId))!);
    return notice!;
  }

  /** The latest notice, for the arena's staff; null for others and before the first. */
  async lastNotice(actor: Actor, meeting: Meeting): Promise<MeetingNotice | null> {
    if (!hasPermission(actor, meeting.arenaId, 'manageMeetings')) return null;
    const [row] = await this.notices.lastNotices([meeting.id]);
    return row ? { ...row, changedSince: new Date(meeting.updatedAt) > new Date(row.sentAt) } : null;
  }

  /** In the cancelling transaction: tells the person who moved up from the waiting list that they have a seat. */
  async mailSeatGiven(tx: EntityManager, meetingId: string, userId: string): Promise<void> {
    const person = await this.notices.personIfMailable(tx, userId);
    if (!person) return;
    await this.mail.enqueue(tx, seatGivenMail(this.config.appUrl, await this.notices.mailableMeeting(tx, meetingId), person));
  }
}
