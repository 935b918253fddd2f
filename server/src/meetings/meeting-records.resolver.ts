import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { MeetingRecordsService } from './meeting-records.service';
import { AttendeeInput, DecisionInput, Meeting, MeetingAttendee, MeetingDecision } from './meetings.types';

/** What a meeting records: attendance, minutes, decisions (staff), read by everyone who reads the meeting. */
@Resolver(() => Meeting)
export class MeetingRecordsResolver {
  constructor(private readonly records: MeetingRecordsService) {}

  @ResolveField(() => [MeetingAttendee], { description: 'Who attended, by name' })
  attendees(@Parent() meeting: Meeting): Promise<MeetingAttendee[]> {
    return this.records.attendees(meeting);
  }

  @ResolveField(() => [MeetingDecision], { description: 'The decisions in the order they were recorded, retracted ones too' })
  decisions(@Parent() meeting: Meeting): Promise<MeetingDecision[]> {
    return this.records.decisions(meeting);
  }

  @Mutation(() => Meeting, { description: 'Staff: a person of the arena, or a guest by name, attended (while in progress or after)' })
  addAttendee(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input', { type: () => AttendeeInput }) input: AttendeeInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.records.addAttendee(ctx.actor, meetingId, input);
  }

  @Mutation(() => Meeting, { description: 'Staff: remove someone from the attendance list' })
  removeAttendee(@Args('attendeeId', { type: () => ID }) attendeeId: string, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.records.removeAttendee(ctx.actor, attendeeId);
  }

  @Mutation(() => Meeting, { description: "Staff: an agenda item's minutes (Markdown), while in progress or after" })
  setAgendaItemMinutes(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('minutes') minutes: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.records.setMinutes(ctx.actor, itemId, minutes);
  }

  @Mutation(() => Meeting, {
    description: 'Staff: a decision under an agenda item while the meeting is in progress; one on an object changes it at once',
  })
  recordDecision(@Args('input', { type: () => DecisionInput }) input: DecisionInput, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.records.recordDecision(ctx.actor, input);
  }

  @Mutation(() => Meeting, { description: 'Staff: retract a decision recorded by mistake, with a reason; an object it changed goes back' })
  retractDecision(
    @Args('decisionId', { type: () => ID }) decisionId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.records.retractDecision(ctx.actor, decisionId, reason);
  }
}
