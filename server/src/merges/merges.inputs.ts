import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { ConnectionType } from '../common/graphql/pagination';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { NewObjectInput } from '../reports';
import { ObjectMerge } from './object-merge.entity';

@InputType()
export class MergeObjectsInput {
  @Field(() => ID, { description: 'The object that stays: it receives every report and support' }) keptId: string;
  @Field(() => ID, { description: 'The object that becomes DUPLICATE, its page pointing at the kept one' }) duplicateId: string;
  @Field(() => String, { nullable: true, description: 'Why: shown in both histories' }) reason?: string | null;
}

@InputType()
export class MoveReportInput {
  @Field(() => ID) reportId: string;
  @Field(() => ID, { nullable: true, description: 'Move the report (with its supports) to this object ...' }) toObjectId?: string | null;
  @Field(() => NewObjectInput, { nullable: true, description: '... or to a new object made from this' })
  newObject?: NewObjectInput | null;
  @Field(() => String, { nullable: true, description: 'Why: shown in both histories' }) reason?: string | null;
}

@ObjectType()
export class MergePreview {
  @Field(() => InfrastructureObject) kept: InfrastructureObject;
  @Field(() => InfrastructureObject) duplicate: InfrastructureObject;
  @Field(() => Int, { description: "The duplicate's reports that move (withdrawn ones too)" }) reports: number;
  @Field(() => Int, { description: "The duplicate's supports that move" }) supports: number;
  @Field(() => [String], { description: 'The organizations whose reports or supports move, by name' }) organizations: string[];
}

@ObjectType()
export class MergeObjectsPayload {
  @Field(() => ObjectMerge) merge: ObjectMerge;
  @Field(() => InfrastructureObject) kept: InfrastructureObject;
  @Field(() => InfrastructureObject) duplicate: InfrastructureObject;
}

@ObjectType()
export class MoveReportPayload {
  @Field(() => ID) reportId: string;
  @Field(() => InfrastructureObject, { description: 'Where the report was' }) from: InfrastructureObject;
  @Field(() => InfrastructureObject, { description: 'Where it is now' }) to: InfrastructureObject;
}

export const ObjectMergeConnection = ConnectionType(ObjectMerge, 'ObjectMerge');
