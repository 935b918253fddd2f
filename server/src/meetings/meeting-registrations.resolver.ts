import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { MeetingRegistrationsService } from './meeting-registrations.service';
import { Meeting, MeetingRegistrant, RegistrationSummary } from './meetings.types';

/** Registering for a meeting, and who did. */
@Resolver(() => Meeting)
export class MeetingRegistrationsResolver {
  constructor(private readonly registrations: MeetingRegistrationsService) {}

  @ResolveField(() => RegistrationSummary, { description: 'Seats taken, the waiting list and the reader’s own place' })
  registration(@Parent() meeting: Meeting, @Context() ctx: GraphQLContext): Promise<RegistrationSummary> {
    return this.registrations.summary(ctx.actor, meeting);
  }

  @ResolveField(() => [MeetingRegistrant], { description: 'Staff: who registered, in order; empty for others' })
  registrants(@Parent() meeting: Meeting, @Context() ctx: GraphQLContext): Promise<MeetingRegistrant[]> {
    return this.registrations.registrants(ctx.actor, meeting);
  }

  @Mutation(() => Meeting, {
    description: 'Register for a planned meeting (a seat, or the waiting list when the seats are taken); again changes nothing',
  })
  registerForMeeting(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.registrations.register(ctx.actor, meetingId);
  }

  @Mutation(() => Meeting, { description: 'Cancel one’s registration; the waiting list moves up' })
  cancelMeetingRegistration(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.registrations.cancel(ctx.actor, meetingId);
  }
}
