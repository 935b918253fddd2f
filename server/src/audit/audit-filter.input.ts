import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'e.g. report, support, object, organization, invitation, role' })
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. create, update, withdraw' })
  action?: string | null;
}
