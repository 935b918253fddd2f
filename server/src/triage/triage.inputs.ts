import type { ObjectStatus } from '@flaskhals/shared';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import { ObjectEvent } from '../history/object-event.entity';
import { InfrastructureObject, ObjectStatusEnum } from '../objects/infrastructure-object.entity';

@InputType()
export class ChangeObjectStatusInput {
  @Field(() => [ID], { description: 'One object, or a selection for a bulk change (all change, or none)' }) objectIds: string[];
  @Field(() => ObjectStatusEnum) status: ObjectStatus;
  @Field(() => String, { nullable: true, description: 'Why: shown in the history to everyone who sees the object' }) reason?: string | null;
}

/** An object waiting in the secretariat's triage queue, with what happened since it began to wait. */
@ObjectType()
export class TriageItem {
  @Field(() => InfrastructureObject) object: InfrastructureObject;
  @Field({ description: 'Since when it waits: its oldest event staff have not handled' }) pendingSince: Date;
  @Field({ description: 'Began to wait after the reader last opened the queue' }) isNew: boolean;
  @Field(() => [ObjectEvent], { description: 'The reports, supports, withdrawals and comments since then, oldest first (at most 10)' })
  events: ObjectEvent[];
}

@ObjectType()
export class TriageQueue {
  @Field(() => Int, { description: 'Objects waiting' }) totalCount: number;
  @Field(() => Int, { description: 'Of them, those new since the reader last opened the queue' }) newCount: number;
  @Field(() => Date, { nullable: true, description: 'When the reader last opened the queue' }) lastVisitAt: Date | null;
  @Field(() => TriageItemConnection) items: Connection<TriageItem>;
}

export const TriageItemConnection = ConnectionType(TriageItem, 'TriageItem');
