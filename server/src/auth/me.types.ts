import type { ArenaRole } from '@flaskhals/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import { ArenaRoleEnum } from '../access';
import { Arena } from '../arenas/arena.entity';
import { Organization } from '../organizations/organization.entity';

@ObjectType()
export class ArenaAccess {
  @Field(() => Arena)
  arena: Arena;

  @Field(() => ArenaRoleEnum)
  role: ArenaRole;
}

/** The signed-in user as they see themselves. */
@ObjectType()
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => [ArenaAccess], { description: 'The arenas where the user has a role' })
  arenas: ArenaAccess[];
}
