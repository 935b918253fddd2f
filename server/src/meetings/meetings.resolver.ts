import type { MeetingStatus } from '@flaskhals/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { MeetingsService } from './meetings.service';
import {
  AgendaDirection,
  AgendaItem,
  AgendaItemInput,
  Meeting,
  MeetingConnection,
  MeetingInput,
  MeetingPeriod,
  MeetingStatusEnum,
} from './meetings.types';

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Query(() => MeetingConnection, {
    description: "The arena's meetings (its members, staff and observers): upcoming soonest first, or past latest first",
  })
  meetings(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('period', { type: () => MeetingPeriod, defaultValue: MeetingPeriod.UPCOMING }) period?: MeetingPeriod,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Meeting>> {
    return this.service.list(ctx.actor, arenaId, period ?? MeetingPeriod.UPCOMING, first, after);
  }

  @Query(() => Meeting, { nullable: true, description: 'A meeting; null when unknown or not for the asker' })
  meeting(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Meeting | null> {
    return this.service.find(ctx.actor, id);
  }

  @ResolveField(() => [AgendaItem], { description: 'The agenda in reading order, with planned times' })
  agenda(@Parent() meeting: Meeting): Promise<AgendaItem[]> {
    return this.service.agenda(meeting);
  }

  @Mutation(() => Meeting, { description: 'Staff: plan a meeting of the arena' })
  createMeeting(
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('input', { type: () => MeetingInput }) input: MeetingInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.service.create(ctx.actor, arenaId, input);
  }

  @Mutation(() => Meeting, { description: "Staff: change a planned or running meeting's details (calendars see the change)" })
  updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => MeetingInput }) input: MeetingInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.service.update(ctx.actor, id, input);
  }

  @Mutation(() => Meeting, { description: 'Staff: start, close or cancel a meeting (PLANNED → IN_PROGRESS → CLOSED, PLANNED → CANCELLED)' })
  changeMeetingStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => MeetingStatusEnum }) status: MeetingStatus,
    @Context() ctx: GraphQLContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Meeting> {
    return this.service.changeStatus(ctx.actor, id, status, reason);
  }

  @Mutation(() => Meeting, { description: 'Staff: a new agenda item last on its level (a sub-item when parentId is given)' })
  addAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input', { type: () => AgendaItemInput }) input: AgendaItemInput,
    @Context() ctx: GraphQLContext,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string | null,
  ): Promise<Meeting> {
    return this.service.addItem(ctx.actor, meetingId, parentId, input);
  }

  @Mutation(() => Meeting, { description: 'Staff: change an agenda item' })
  updateAgendaItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('input', { type: () => AgendaItemInput }) input: AgendaItemInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.service.updateItem(ctx.actor, itemId, input);
  }

  @Mutation(() => Meeting, { description: 'Staff: remove an agenda item with its sub-items' })
  removeAgendaItem(@Args('itemId', { type: () => ID }) itemId: string, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.service.removeItem(ctx.actor, itemId);
  }

  @Mutation(() => Meeting, { description: 'Staff: move an agenda item one step up or down among its siblings' })
  moveAgendaItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('direction', { type: () => AgendaDirection }) direction: AgendaDirection,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.service.moveItem(ctx.actor, itemId, direction);
  }

  @Mutation(() => Meeting, { description: 'Staff: a new order for one level of the agenda: every item of that level, each once' })
  reorderAgendaItems(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
    @Context() ctx: GraphQLContext,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string | null,
  ): Promise<Meeting> {
    return this.service.reorderItems(ctx.actor, meetingId, parentId, itemIds);
  }

  @Mutation(() => Meeting, { description: "Staff: put an object on the agenda of the arena's next planned meeting (once)" })
  putObjectOnNextMeeting(@Args('objectId', { type: () => ID }) objectId: string, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.service.putObjectOnNextMeeting(ctx.actor, objectId);
  }

  @Mutation(() => Meeting, {
    description:
      'Staff: put chosen objects of one arena on the agenda of its next planned meeting, each as an item (all or none; those already on it stay once)',
  })
  putObjectsOnNextMeeting(@Args('objectIds', { type: () => [ID] }) objectIds: string[], @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.service.putObjectsOnNextMeeting(ctx.actor, objectIds);
  }
}
