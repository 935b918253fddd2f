import {
  VOTE_METHODS,
  VOTE_RESULTS_MODES,
  VOTE_ROUND_STATUSES,
  type VoteMethod,
  type VoteResultsMode,
  type VoteRoundStatus,
} from '@flaskhals/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const VoteMethodEnum = Object.fromEntries(VOTE_METHODS.map((m) => [m, m])) as { [K in VoteMethod]: K };
registerEnumType(VoteMethodEnum, {
  name: 'VoteMethod',
  description: 'DOT: points per organization; SCORE: 0–5 per object; RANKED: an order of the objects (Borda)',
});
export const VoteResultsModeEnum = Object.fromEntries(VOTE_RESULTS_MODES.map((m) => [m, m])) as { [K in VoteResultsMode]: K };
registerEnumType(VoteResultsModeEnum, {
  name: 'VoteResultsMode',
  description: 'HIDDEN until the round closes, or LIVE as ballots come in',
});
export const VoteRoundStatusEnum = Object.fromEntries(VOTE_ROUND_STATUSES.map((m) => [m, m])) as { [K in VoteRoundStatus]: K };
registerEnumType(VoteRoundStatusEnum, { name: 'VoteRoundStatus', description: 'DRAFT → OPEN → CLOSED; a closed round never changes' });

@ObjectType()
export class VoteRoundObject {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'An organization whose ballot counts more or less than 1 in the round' })
export class VoteWeight {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => Float) weight: number;
}

@ObjectType({ description: 'An organization that handed its ballot to another for the round' })
export class VoteProxy {
  @Field(() => ID) fromOrganizationId: string;
  @Field() fromOrganizationName: string;
  @Field(() => ID) toOrganizationId: string;
  @Field() toOrganizationName: string;
  @Field() setAt: Date;
}

@ObjectType()
export class VoteTallyRow {
  @Field(() => ID) objectId: string;
  @Field() objectName: string;
  @Field(() => Float, { description: 'Weighted points (DOT), weighted sum of scores (SCORE) or weighted Borda points (RANKED)' })
  total: number;
  @Field(() => Float, { description: 'The total divided by the summed weights (the mean score for SCORE)' }) average: number;
  @Field(() => Int, { description: '1 for the highest total; equal totals share a place' }) rank: number;
}

@ObjectType()
export class VoteTally {
  @Field(() => Int) ballots: number;
  @Field(() => Float, { description: 'The summed weights of the organizations that voted' }) weight: number;
  @Field(() => [VoteTallyRow], { description: 'Highest first' }) rows: VoteTallyRow[];
}

@ObjectType({ description: "An organization's ballot: who cast it and when, and its values" })
export class VoteBallot {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() castByName: string;
  @Field({ description: 'The organization of the person who cast it (another one for a proxy)' }) castByOrganizationName: string;
  @Field() castAt: Date;
  @Field(() => [BallotEntryValue]) entries: BallotEntryValue[];
}

@ObjectType('BallotEntry')
export class BallotEntryValue {
  @Field(() => ID) objectId: string;
  @Field(() => Int, { description: 'DOT: points; SCORE: 0–5; RANKED: place 1..n' }) value: number;
}

/**
 * A vote round as everyone following the meeting sees it: the same for every reader (it travels in
 * the meeting's live state), so the tally is here only when it may be seen by all. A reader's own
 * ballot is asked for separately (VoteRound.myBallots), never in the shared state.
 */
@ObjectType()
export class VoteRound {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => ID) itemId: string;
  @Field() title: string;
  @Field(() => VoteMethodEnum) method: VoteMethod;
  @Field(() => VoteResultsModeEnum) resultsMode: VoteResultsMode;
  @Field(() => VoteRoundStatusEnum) status: VoteRoundStatus;
  @Field(() => Int) pointsPerOrganization: number;
  @Field(() => Int) maxPointsPerObject: number;
  @Field(() => [VoteRoundObject], { description: 'In the order they were chosen' }) objects: VoteRoundObject[];
  @Field(() => [VoteWeight], { description: 'Weights other than 1' }) weights: VoteWeight[];
  @Field(() => [VoteProxy]) proxies: VoteProxy[];
  @Field(() => Int, { description: 'How many organizations have voted (shown even while the results are hidden)' }) ballotCount: number;
  @Field(() => VoteTally, { nullable: true, description: 'Null while hidden: until the round closes, unless staff chose LIVE' })
  results: VoteTally | null;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@InputType()
export class VoteRoundInput {
  @Field(() => ID, { description: 'The agenda item the round belongs to' }) itemId: string;
  @Field() title: string;
  @Field(() => VoteMethodEnum) method: VoteMethod;
  @Field(() => VoteResultsModeEnum, { defaultValue: 'HIDDEN' }) resultsMode: VoteResultsMode;
  @Field(() => Int, { nullable: true, description: 'DOT: points per organization (default 10)' }) pointsPerOrganization?: number | null;
  @Field(() => Int, { nullable: true, description: 'DOT: at most this many on one object (default: all of them)' })
  maxPointsPerObject?: number | null;
  @Field(() => [ID], { nullable: true, description: "The objects voted on; default: the item's objects" }) objectIds?: string[] | null;
}

@InputType()
export class BallotEntryInput {
  @Field(() => ID) objectId: string;
  @Field(() => Int) value: number;
}
