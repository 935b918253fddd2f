import { SCORE_CRITERIA, type ScoreCriterion } from '@flaskhals/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { enumObject } from '../common/graphql/enums';
import { ConnectionType } from '../common/graphql/pagination';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';

export const ScoreCriterionEnum = enumObject(SCORE_CRITERIA);
registerEnumType(ScoreCriterionEnum, {
  name: 'ScoreCriterion',
  description:
    'ECONOMIC_IMPACT: the summed figures on a log scale; BREADTH: organizations behind it; SEVERITY, STRATEGIC_FIT: staff judgements 0–5; FREIGHT: port, terminal or the prioritised freight network; REALISM: the four-step class',
});

@ObjectType({ description: "One criterion's part of an object's score" })
export class ScoreShare {
  @Field(() => ScoreCriterionEnum) criterion: ScoreCriterion;
  @Field(() => Int) weight: number;
  @Field(() => Float, { description: "The criterion's value for the object, 0–1" }) value: number;
  @Field(() => Float, { description: 'Its points of the score; the shares add up to the score' }) points: number;
  @Field({ description: 'Staff have not judged it yet (ej bedömd): the value is the middle, 0.5' }) unjudged: boolean;
}

@ObjectType({ description: "An object's score 0–5 as the reader's audience sees the figures, with the share of each criterion" })
export class ObjectScore {
  @Field(() => Float) score: number;
  @Field(() => [ScoreShare]) shares: ScoreShare[];
}

@ObjectType()
export class ScoreWeight {
  @Field(() => ScoreCriterionEnum) criterion: ScoreCriterion;
  @Field(() => Int) weight: number;
  @Field(() => Int, { description: 'The weight of an arena whose admins have not changed it' }) defaultWeight: number;
}

@ObjectType({ description: "The arena's score criteria and their weights" })
export class ScoringSettings {
  @Field(() => ID) arenaId: string;
  @Field(() => [ScoreWeight]) weights: ScoreWeight[];
}

@InputType()
export class ScoreWeightInput {
  @Field(() => ScoreCriterionEnum) criterion: string;
  @Field(() => Int) weight: number;
}

@InputType({ description: 'Admins: every criterion with a whole-number weight 0–10, at least one above 0' })
export class SetScoreWeightsInput {
  @Field(() => ID) arenaId: string;
  @Field(() => [ScoreWeightInput]) weights: ScoreWeightInput[];
}

@ObjectType({ description: 'An object in the arena ranked by its score' })
export class RankedObject {
  @Field(() => Int, { description: '1 for the highest score' }) rank: number;
  @Field(() => Float) score: number;
  @Field(() => [ScoreShare]) shares: ScoreShare[];
  @Field(() => InfrastructureObject) object: InfrastructureObject;
}

export const RankedObjectConnection = ConnectionType(RankedObject, 'RankedObject');
