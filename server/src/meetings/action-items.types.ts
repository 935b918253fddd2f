import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionType } from '../common/graphql/pagination';

export enum ActionItemFilterEnum {
  OPEN = 'OPEN',
  DONE = 'DONE',
  MINE = 'MINE',
  ALL = 'ALL',
}
registerEnumType(ActionItemFilterEnum, { name: 'ActionItemFilter', description: 'Open, done, the reader’s own (as owner), or all' });

@ObjectType({ description: 'An action item decided at a meeting (a decision of kind ACTION_ITEM), with its progress' })
export class ActionItem {
  @Field(() => ID, { description: 'The decision' }) id: string;
  @Field(() => ID) meetingId: string;
  @Field() meetingTitle: string;
  @Field() meetingStartsAt: Date;
  @Field(() => ID, { description: 'The agenda item it was decided under' }) itemId: string;
  @Field() itemTitle: string;
  @Field() text: string;
  @Field({ description: 'Who does it, as the meeting wrote it' }) owner: string;
  @Field(() => ID, { nullable: true, description: 'The person of the arena the owner names, when exactly one' })
  ownerUserId: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field(() => String, { nullable: true }) doneByName: string | null;
  @Field({ description: 'Whether the reader may mark it done or open again (staff, or its owner)' }) canMarkDone: boolean;
}

export const ActionItemConnection = ConnectionType(ActionItem, 'ActionItem');
