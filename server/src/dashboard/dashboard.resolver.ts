import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { DashboardService } from './dashboard.service';
import { Dashboard } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => Dashboard, {
    description:
      "An arena's objects by status, planning stage, kind and municipality, their impact, reports per month and top lists, as the asker sees them",
  })
  dashboard(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
  ): Promise<Dashboard> {
    return this.dashboards.dashboard(ctx.actor, arenaId);
  }
}
