import { PRIORITY_CHANGES, type PriorityChange, type PriorityMovementKind } from '@flaskhals/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { enumObject } from '../common/graphql/enums';
import { ConnectionType } from '../common/graphql/pagination';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';

export const PriorityChangeKindEnum = enumObject(PRIORITY_CHANGES);
registerEnumType(PriorityChangeKindEnum, {
  name: 'PriorityChangeKind',
  description: 'PROPOSED: the list replaced by the top of the score ranking; ADDED, MOVED, REMOVED: one object',
});

export const PriorityMovementEnum = enumObject<PriorityMovementKind>(['UP', 'DOWN', 'SAME', 'NEW', 'OUT']);
registerEnumType(PriorityMovementEnum, {
  name: 'PriorityMovement',
  description: 'Since the previous adopted version: UP/DOWN by `steps` places, SAME place, NEW on the list, OUT of it',
});

export const PriorityEditEnum = enumObject(['ADD', 'MOVE', 'REMOVE'] as const);
registerEnumType(PriorityEditEnum, { name: 'PriorityEdit' });

@ObjectType({ description: 'One object on a priority list' })
export class PriorityEntry {
  @Field(() => Int, { nullable: true, description: 'Its place, 1 first; for an object OUT, its place on the previous version' })
  rank: number | null;
  @Field(() => InfrastructureObject, {
    nullable: true,
    description: 'Null when the reader may not see the object (a visitor, an object with no public report)',
  })
  object: InfrastructureObject | null;
  @Field({ description: 'Its planning stage puts it in the current regional or national plan (or later: financed, being built)' })
  inPlan: boolean;
  @Field(() => PriorityMovementEnum, { nullable: true, description: 'Only on adopted versions' }) movement: PriorityMovementKind | null;
  @Field(() => Int, { description: 'Places moved, for UP and DOWN' }) steps: number;
}

@ObjectType({ description: "The arena's working priority list, kept by staff (at most 100 objects: not paged)" })
export class WorkingPriorityList {
  @Field(() => ID) arenaId: string;
  @Field(() => Int, { description: 'How many objects a proposal from the score ranking takes' }) size: number;
  @Field(() => [PriorityEntry]) entries: PriorityEntry[];
}

@ObjectType({ description: 'A change staff made to the working list, with who, when and why' })
export class PriorityListChange {
  @Field(() => ID) id: string;
  @Field(() => PriorityChangeKindEnum) kind: PriorityChange;
  @Field(() => InfrastructureObject, { nullable: true }) object: InfrastructureObject | null;
  @Field(() => Int, { nullable: true }) fromRank: number | null;
  @Field(() => Int, { nullable: true }) toRank: number | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) changedByName: string | null;
  @Field() changedAt: Date;
}
export const PriorityListChangeConnection = ConnectionType(PriorityListChange, 'PriorityListChange');

@ObjectType({ description: 'A priority list a meeting adopted, frozen as a numbered version (at most 100 objects: not paged)' })
export class PriorityListVersion {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() adoptedAt: Date;
  @Field(() => ID) meetingId: string;
  @Field() meetingTitle: string;
  @Field() meetingStartsAt: Date;
  @Field({ description: 'The agenda item it was decided under, e.g. "4"' }) itemNumber: string;
  @Field(() => ID) decisionId: string;
  @Field(() => Int, { nullable: true, description: 'The adopted version the movements are measured from' }) previousNumber: number | null;
  @Field(() => [PriorityEntry], { description: 'In rank order, each with its movement' }) entries: PriorityEntry[];
  @Field(() => [PriorityEntry], { description: 'Objects of the previous version no longer on the list (movement OUT)' })
  out: PriorityEntry[];
}
export const PriorityListVersionConnection = ConnectionType(PriorityListVersion, 'PriorityListVersion');

@ObjectType({ description: "An object's place on one adopted version" })
export class ObjectPriorityRank {
  @Field(() => Int) versionNumber: number;
  @Field() adoptedAt: Date;
  @Field(() => Int, { nullable: true, description: 'Null: not on that version' }) rank: number | null;
}

@InputType({ description: 'Staff: add, move or remove one object on the working list, with the reason' })
export class EditPriorityListInput {
  @Field(() => ID) arenaId: string;
  @Field(() => PriorityEditEnum) edit: 'ADD' | 'MOVE' | 'REMOVE';
  @Field(() => ID) objectId: string;
  @Field(() => Int, { nullable: true, description: 'ADD and MOVE: the place, 1 first (ADD without it: last)' }) toRank?: number | null;
  @Field() reason: string;
}
