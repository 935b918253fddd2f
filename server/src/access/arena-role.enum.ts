import { ARENA_ROLES } from '@flaskhals/shared';
import { registerEnumType } from '@nestjs/graphql';

import { enumObject } from '../common/graphql/enums';

/** The GraphQL enum of the arena roles of shared/src/access.ts. */
export const ArenaRoleEnum = enumObject(ARENA_ROLES);
registerEnumType(ArenaRoleEnum, {
  name: 'ArenaRole',
  description: 'MEMBER reports and supports; STAFF runs the arena; ADMIN also sets roles; OBSERVER reads the members’ view',
});
