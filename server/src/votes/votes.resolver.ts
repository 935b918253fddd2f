import type { VoteRoundStatus } from '@flaskhals/shared';
import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { VotesService } from './votes.service';
import { BallotEntryInput, VoteBallot, VoteRound, VoteRoundInput, VoteRoundStatusEnum } from './votes.types';

/** Vote rounds of a meeting: staff run them, members cast their organization's ballot. */
@Resolver(() => VoteRound)
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Query(() => VoteRound, { nullable: true, description: 'A vote round of a meeting the reader may read' })
  voteRound(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<VoteRound | null> {
    return this.votes.round(ctx.actor, id);
  }

  @Query(() => [VoteRound], {
    description: 'The vote rounds of a meeting in the order they were created (at most 30 per meeting, so not paginated)',
  })
  voteRounds(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() ctx: GraphQLContext): Promise<VoteRound[]> {
    return this.votes.roundsOf(ctx.actor, meetingId);
  }

  @ResolveField(() => [VoteBallot], {
    description: "The ballots the reader may cast: their organization's own and any handed to it (per reader; not in the live state)",
  })
  myBallots(@Parent() round: VoteRound, @Context() ctx: GraphQLContext): Promise<VoteBallot[]> {
    return this.votes.myBallots(ctx.actor, round);
  }

  @Mutation(() => VoteRound, {
    description: "Staff: a vote round (DRAFT) on an agenda item, over the item's objects unless others are chosen",
  })
  createVoteRound(
    @Args('input', { type: () => VoteRoundInput }) input: VoteRoundInput,
    @Context() ctx: GraphQLContext,
  ): Promise<VoteRound> {
    return this.votes.create(ctx.actor, input);
  }

  @Mutation(() => VoteRound, {
    description: 'Staff: open a draft round (meeting in progress) or close an open one; a closed round never changes',
  })
  changeVoteRoundStatus(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('status', { type: () => VoteRoundStatusEnum }) status: VoteRoundStatus,
    @Context() ctx: GraphQLContext,
  ): Promise<VoteRound> {
    return this.votes.changeStatus(ctx.actor, roundId, status);
  }

  @Mutation(() => VoteRound, { description: "Staff: an organization's weight in a draft round (1 is the default)" })
  setVoteWeight(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('weight', { type: () => Float }) weight: number,
    @Context() ctx: GraphQLContext,
  ): Promise<VoteRound> {
    return this.votes.setWeight(ctx.actor, roundId, organizationId, weight);
  }

  @Mutation(() => VoteRound, {
    description: 'Staff: record that an organization hands its ballot to another for the round (null takes it back)',
  })
  setVoteProxy(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('fromOrganizationId', { type: () => ID }) fromOrganizationId: string,
    @Args('toOrganizationId', { type: () => ID, nullable: true }) toOrganizationId: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<VoteRound> {
    return this.votes.setProxy(ctx.actor, roundId, fromOrganizationId, toOrganizationId);
  }

  @Mutation(() => VoteRound, {
    description: "Member: cast or change an organization's ballot (its own, or one handed to it) while the round is open",
  })
  castBallot(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('entries', { type: () => [BallotEntryInput] }) entries: BallotEntryInput[],
    @Context() ctx: GraphQLContext,
  ): Promise<VoteRound> {
    return this.votes.castBallot(ctx.actor, roundId, organizationId, entries);
  }
}
