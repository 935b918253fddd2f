import type { MeetingStatus } from '@flaskhals/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { VoteRound } from '../votes';
import { ProtocolAdjuster } from './meeting-protocol.types';
import { AgendaItem, MeetingAttendee, MeetingDecision, MeetingStatusEnum } from './meetings.types';

/**
 * A meeting as live mode sends it: its details with what was recorded so far, read once per change
 * and shared by every subscriber who may read the meeting (they all see the same thing). A type of
 * its own, not a subclass of Meeting: Meeting's field resolvers (its agenda, decisions, the reader's
 * registration) would then run again for every subscriber and event, each a read of the database.
 */
@ObjectType({ description: 'A meeting with its agenda, minutes, decisions, attendance and the presented item, as they are now' })
export class MeetingLive {
  @Field(() => ID) id: string;
  @Field(() => ID) arenaId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Markdown' }) description: string | null;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true, description: 'https link to join online' }) onlineUrl: string | null;
  @Field(() => Int, { nullable: true, description: 'Seats, if limited' }) capacity: number | null;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled' }) cancelReason: string | null;
  @Field() updatedAt: Date;
  @Field(() => ID, { nullable: true, description: 'The agenda item staff present now (only while in progress)' })
  presentedItemId: string | null;
  @Field(() => [AgendaItem], { description: 'The agenda in reading order, with planned times and minutes' }) agenda: AgendaItem[];
  @Field(() => [MeetingDecision], { description: 'The decisions in the order they were recorded, retracted ones too' })
  decisions: MeetingDecision[];
  @Field(() => [MeetingAttendee]) attendees: MeetingAttendee[];
  @Field(() => [ProtocolAdjuster], { description: "The protocol's adjusters, each with their approval" }) adjusters: ProtocolAdjuster[];
  @Field(() => Date, { nullable: true, description: 'When the last adjuster approved the protocol (then frozen)' })
  protocolApprovedAt: Date | null;
  @Field(() => [VoteRound], { description: 'The vote rounds, with tallies only where everyone may see them (LIVE, or closed)' })
  voteRounds: VoteRound[];
}
