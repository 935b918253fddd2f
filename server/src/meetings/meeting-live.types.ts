import { Field, ID, ObjectType } from '@nestjs/graphql';

import { AgendaItem, Meeting, MeetingAttendee, MeetingDecision } from './meetings.types';

/**
 * A meeting as live mode sends it: its details with what was recorded so far, read once per change
 * and shared by every subscriber who may read the meeting (they all see the same thing).
 */
@ObjectType({ description: 'A meeting with its agenda, minutes, decisions, attendance and the presented item, as they are now' })
export class MeetingLive extends Meeting {
  @Field(() => ID, { nullable: true, description: 'The agenda item staff present now (only while in progress)' })
  presentedItemId: string | null;
  @Field(() => [AgendaItem], { description: 'The agenda in reading order, with planned times and minutes' }) agenda: AgendaItem[];
  @Field(() => [MeetingDecision], { description: 'The decisions in the order they were recorded, retracted ones too' })
  decisions: MeetingDecision[];
  @Field(() => [MeetingAttendee]) attendees: MeetingAttendee[];
}
