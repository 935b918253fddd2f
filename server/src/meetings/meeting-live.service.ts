import { Injectable } from '@nestjs/common';

import { type Actor, requireSignedIn } from '../access';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { renderMarkdownHtml } from '../common/markdown/markdown';
import { VotesService } from '../votes';
import { MeetingLiveRepository } from './meeting-live.repository';
import type { MeetingLive } from './meeting-live.types';
import { MeetingProtocolRepository } from './meeting-protocol.repository';
import { MeetingRecordsService } from './meeting-records.service';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import type { Meeting } from './meetings.types';

/**
 * Live mode of a meeting in progress: staff present one agenda item at a time and everyone who
 * has the meeting open follows (MeetingLiveResolver.meetingChanged). Presenting is a write of the
 * meeting like any other: locked, checked and announced through the meeting's trigger.
 */
@Injectable()
export class MeetingLiveService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly meetingRows: MeetingsRepository,
    private readonly records: MeetingRecordsService,
    private readonly live: MeetingLiveRepository,
    private readonly protocols: MeetingProtocolRepository,
    private readonly votes: VotesService,
  ) {}

  /** Staff present an item of the meeting in progress, or stop presenting (`itemId` null). */
  async present(actor: Actor, meetingId: string, itemId: string | null | undefined): Promise<Meeting> {
    requireSignedIn(actor);
    if (itemId && !isUuid(itemId)) throw badInput('itemId', 'invalidId');
    return this.meetings.write(
      actor,
      meetingId,
      async (tx, meeting) => {
        if (itemId) {
          const item = await this.meetingRows.itemById(tx, itemId);
          if (!item || item.meetingId !== meeting.id) throw badInput('itemId', 'notFound');
        }
        await this.live.present(tx, meeting.id, itemId ?? null);
      },
      { accepts: ['IN_PROGRESS'], refusal: 'meetingNotInProgress' },
    );
  }

  /** The presented item; none unless the meeting is in progress (closing it ends the presenting). */
  async presentedItemId(meeting: Meeting): Promise<string | null> {
    return meeting.status === 'IN_PROGRESS' ? this.live.presented(meeting.id) : null;
  }

  /** Everything live mode shows of the meeting, as it is now; null once it is gone. Not access-checked: callers do. */
  async state(meetingId: string): Promise<MeetingLive | null> {
    const meeting = await this.meetingRows.byId(meetingId);
    if (!meeting) return null;
    const [presentedItemId, agenda, decisions, attendees, adjusters, protocol, voteRounds] = await Promise.all([
      this.presentedItemId(meeting),
      this.meetings.agenda(meeting),
      this.records.decisions(meeting),
      this.records.attendees(meeting),
      this.protocols.adjusters([meeting.id]),
      this.protocols.state(meeting.id),
      this.votes.shared(meeting.id),
    ]);
    // Rendered here, once per change, not per subscriber by AgendaItem.minutesHtml.
    const rendered = agenda.map((item) => ({ ...item, minutesHtml: item.minutes ? renderMarkdownHtml(item.minutes) : null }));
    return {
      ...meeting,
      presentedItemId,
      agenda: rendered,
      decisions,
      attendees,
      adjusters,
      protocolApprovedAt: protocol?.approvedAt ?? null,
      voteRounds,
    };
  }
}
