import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ArenaRole } from '@flaskhals/shared';
import { ArenaRoleEnum } from '../auth/me.types';
import type { GraphQLContext } from '../graphql-context';
import { Organization } from './organization.entity';

@ObjectType({ description: 'A person with a role in the arena' })
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'For staff and the own organization only' }) email: string | null;
  @Field(() => ArenaRoleEnum) role: ArenaRole;
  organizationId: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @ResolveField(() => Organization)
  organization(@Parent() person: Person, @Context() ctx: GraphQLContext): Promise<Organization> {
    return ctx.loaders.organization.load(person.organizationId);
  }
}
