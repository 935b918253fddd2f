import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { PrioritiesService } from './priorities.service';
import {
  EditPriorityListInput,
  ObjectPriorityRank,
  type PriorityListChange,
  PriorityListChangeConnection,
  PriorityListVersion,
  PriorityListVersionConnection,
  WorkingPriorityList,
} from './priorities.types';

@Resolver(() => InfrastructureObject)
export class PrioritiesResolver {
  constructor(private readonly priorities: PrioritiesService) {}

  @Query(() => WorkingPriorityList, { description: "The arena's working priority list (members, observers and staff)" })
  workingPriorityList(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
  ): Promise<WorkingPriorityList> {
    return this.priorities.workingList(ctx.actor, arenaId);
  }

  @Query(() => PriorityListChangeConnection, { description: 'The changes staff made to the working list, newest first, with who and why' })
  priorityListChanges(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<PriorityListChange>> {
    return this.priorities.changes(ctx.actor, arenaId, first, after);
  }

  @Query(() => PriorityListVersionConnection, { description: 'The priority lists meetings adopted, newest first, readable by everyone' })
  adoptedPriorityLists(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<PriorityListVersion>> {
    return this.priorities.adoptedVersions(ctx.actor, arenaId, first, after);
  }

  @Query(() => PriorityListVersion, {
    nullable: true,
    description: 'The latest adopted priority list (or the one numbered), by arena id or slug; readable without signing in',
  })
  adoptedPriorityList(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('arenaSlug', { type: () => String, nullable: true }) arenaSlug?: string | null,
    @Args('number', { type: () => Int, nullable: true }) number?: number | null,
  ): Promise<PriorityListVersion | null> {
    return this.priorities.adoptedVersion(ctx.actor, { arenaId, arenaSlug }, number);
  }

  @Mutation(() => WorkingPriorityList, {
    description: 'Staff: replace the working list by the top `size` (kept; default 20) active objects of the score ranking',
  })
  proposePriorityList(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('size', { type: () => Int, nullable: true }) size?: number | null,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<WorkingPriorityList> {
    return this.priorities.propose(ctx.actor, arenaId, size, reason);
  }

  @Mutation(() => WorkingPriorityList, { description: 'Staff: add, move or remove one object on the working list, with the reason' })
  editPriorityList(
    @Context() ctx: GraphQLContext,
    @Args('input', { type: () => EditPriorityListInput }) input: EditPriorityListInput,
  ): Promise<WorkingPriorityList> {
    return this.priorities.edit(ctx.actor, input);
  }

  @ResolveField(() => [ObjectPriorityRank], { description: 'Its place on every adopted priority list of its arena, oldest first' })
  priorityRanks(@Parent() object: InfrastructureObject): Promise<ObjectPriorityRank[]> {
    return this.priorities.ranksOf(object);
  }
}
