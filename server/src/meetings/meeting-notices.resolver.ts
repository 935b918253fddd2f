import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { MeetingNoticesService } from './meeting-notices.service';
import { MeetingNotice } from './meeting-notices.types';
import { Meeting } from './meetings.types';

/** The notice of a meeting: sending it and when it was sent. */
@Resolver(() => Meeting)
export class MeetingNoticesResolver {
  constructor(private readonly notices: MeetingNoticesService) {}

  @ResolveField(() => MeetingNotice, { nullable: true, description: 'Staff: the latest notice sent; null before the first and for others' })
  notice(@Parent() meeting: Meeting, @Context() ctx: GraphQLContext): Promise<MeetingNotice | null> {
    return this.notices.lastNotice(ctx.actor, meeting);
  }

  @Mutation(() => MeetingNotice, {
    description:
      "Staff: e-mail the planned meeting's notice with its agenda to everyone of the arena who takes e-mail; again, an updated notice",
  })
  sendMeetingNotice(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() ctx: GraphQLContext): Promise<MeetingNotice> {
    return this.notices.send(ctx.actor, meetingId);
  }
}
