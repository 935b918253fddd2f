import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ARENA_ROLES, type ArenaRole } from '@flaskhals/shared';
import { Arena } from '../arenas/arena.entity';
import { enumObject } from '../common/graphql/enums';
import { Organization } from '../organizations/organization.entity';

export const ArenaRoleEnum = enumObject(ARENA_ROLES);
registerEnumType(ArenaRoleEnum, {
  name: 'ArenaRole',
  description: 'MEMBER reports and supports; STAFF runs the arena; ADMIN also sets roles; OBSERVER reads the members’ view',
});

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
