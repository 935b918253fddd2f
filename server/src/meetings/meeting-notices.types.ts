import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The meeting's latest notice (kallelse) to the arena: for its staff" })
export class MeetingNotice {
  @Field() sentAt: Date;
  @Field(() => String, { nullable: true }) sentByName: string | null;
  @Field(() => Int, { description: 'People it was e-mailed to' }) recipientCount: number;
  @Field({ description: 'An updated notice, after an earlier one' }) isUpdate: boolean;
  @Field(() => Int, { description: 'Notices sent so far' }) timesSent: number;
  @Field({ description: 'The meeting or its agenda changed after this notice was sent' }) changedSince: boolean;
}
