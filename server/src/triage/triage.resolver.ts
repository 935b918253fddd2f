import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { ChangeObjectStatusInput, TriageQueue } from './triage.inputs';
import { TriageService } from './triage.service';

@Resolver()
export class TriageResolver {
  constructor(private readonly triage: TriageService) {}

  @Mutation(() => [InfrastructureObject], {
    description:
      'Staff: move objects to a status by the arena workflow (shared/src/workflow.ts); one refused object refuses the whole change',
  })
  changeObjectStatus(
    @Args('input', { type: () => ChangeObjectStatusInput }) input: ChangeObjectStatusInput,
    @Context() ctx: GraphQLContext,
  ): Promise<InfrastructureObject[]> {
    return this.triage.changeStatus(ctx.actor, input);
  }

  @Mutation(() => InfrastructureObject, { description: 'Staff: an INACTIVE object (every report withdrawn) back to the status it had' })
  restoreObject(@Args('objectId', { type: () => ID }) objectId: string, @Context() ctx: GraphQLContext): Promise<InfrastructureObject> {
    return this.triage.restore(ctx.actor, objectId);
  }

  @Mutation(() => [InfrastructureObject], {
    description: 'Staff: these objects have been looked at and leave the triage queue; answers those that left it',
  })
  markTriaged(
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('objectIds', { type: () => [ID] }) objectIds: string[],
    @Context() ctx: GraphQLContext,
  ): Promise<InfrastructureObject[]> {
    return this.triage.markHandled(ctx.actor, arenaId, objectIds);
  }

  @Mutation(() => TriageQueue, {
    description: 'Staff: the reader opened the triage queue; what waits now is no longer marked new for them',
  })
  markTriageQueueSeen(@Args('arenaId', { type: () => ID }) arenaId: string, @Context() ctx: GraphQLContext): Promise<TriageQueue> {
    return this.triage.markQueueSeen(ctx.actor, arenaId);
  }

  @Query(() => TriageQueue, {
    description: "Staff: the arena's objects with reports, supports, withdrawals or comments not yet handled, oldest first",
  })
  triageQueue(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<TriageQueue> {
    return this.triage.queue(ctx.actor, arenaId, first, after);
  }
}
