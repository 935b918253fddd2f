import type { ArenaRole } from '@flaskhals/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import { ArenaRoleEnum } from '../access';

@ObjectType({ description: 'A person with a role in the arena' })
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'For staff and the own organization only' }) email: string | null;
  @Field(() => ArenaRoleEnum) role: ArenaRole;
  organizationId: string;
}
