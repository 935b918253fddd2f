import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { Organization } from './organization.entity';
import { Person } from './person';

@Resolver(() => Person)
export class PersonResolver {
  @ResolveField(() => Organization)
  organization(@Parent() person: Person, @Context() ctx: GraphQLContext): Promise<Organization> {
    return ctx.loaders.organization.load(person.organizationId);
  }
}
