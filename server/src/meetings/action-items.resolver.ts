import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { ActionItemsService } from './action-items.service';
import { ActionItem, ActionItemConnection, ActionItemFilterEnum } from './action-items.types';

/** Action items across an arena's meetings. */
@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(private readonly service: ActionItemsService) {}

  @Query(() => ActionItemConnection, { description: "The arena's action items from its meetings: open first, by due date" })
  actionItems(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('filter', { type: () => ActionItemFilterEnum, defaultValue: ActionItemFilterEnum.OPEN }) filter: ActionItemFilterEnum,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ActionItem>> {
    return this.service.list(ctx.actor, arenaId, filter, first, after);
  }

  @Mutation(() => ActionItem, { description: 'Mark an action item done, or open again (done: false): meeting staff or its owner' })
  setActionItemDone(
    @Args('decisionId', { type: () => ID }) decisionId: string,
    @Args('done', { type: () => Boolean }) done: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<ActionItem> {
    return this.service.setDone(ctx.actor, decisionId, done);
  }
}
