import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { ScoringService } from './scoring.service';
import {
  ObjectScore,
  type RankedObject,
  RankedObjectConnection,
  ScoreWeightInput,
  ScoringSettings,
  SetScoreWeightsInput,
} from './scoring.types';

@Resolver(() => InfrastructureObject)
export class ScoringResolver {
  constructor(private readonly scoring: ScoringService) {}

  @Query(() => ScoringSettings, { description: "The arena's score criteria and weights (readable by everyone)" })
  scoringSettings(@Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null): Promise<ScoringSettings> {
    return this.scoring.settings(arenaId);
  }

  @Mutation(() => ScoringSettings, { description: "Admins: set the weights of the arena's score criteria" })
  setScoreWeights(
    @Args('input', { type: () => SetScoreWeightsInput }) input: SetScoreWeightsInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ScoringSettings> {
    return this.scoring.setWeights(ctx.actor, input);
  }

  @Query(() => RankedObjectConnection, {
    description:
      "The arena's active objects by score, highest first, as the asker's audience sees the figures. Admins may pass `weights` to preview a ranking with weights not yet saved",
  })
  async scoreRanking(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('weights', { type: () => [ScoreWeightInput], nullable: true }) weights?: ScoreWeightInput[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<RankedObject>> {
    const override = weights ? this.scoring.previewWeights(ctx.actor, (await this.scoring.settings(arenaId)).arenaId, weights) : null;
    return this.scoring.ranking(ctx.actor, arenaId, override, first, after);
  }

  @ResolveField(() => ObjectScore, { description: 'Its score 0–5 with the share of each criterion, for the asker’s audience' })
  score(@Parent() object: InfrastructureObject, @Context() ctx: GraphQLContext): Promise<ObjectScore> {
    return this.scoring.scoreOf(ctx.actor, object, ctx.loaders);
  }
}
