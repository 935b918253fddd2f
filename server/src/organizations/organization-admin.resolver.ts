import type { ArenaRole } from '@flaskhals/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ArenaRoleEnum } from '../access';
import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { Organization } from './organization.entity';
import { OrganizationInput } from './organization.inputs';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationsService } from './organizations.service';
import { Person } from './person';

const PersonConnection = ConnectionType(Person, 'Person');

@Resolver(() => Organization)
export class OrganizationAdminResolver {
  constructor(
    private readonly admin: OrganizationAdminService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Mutation(() => Organization, { description: 'Staff add a member organization to the arena' })
  createOrganization(
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('input', { type: () => OrganizationInput }) input: OrganizationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Organization> {
    return this.admin.create(ctx.actor, arenaId, input);
  }

  @Mutation(() => Organization, { description: "Staff change a member organization's details" })
  updateOrganization(
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input', { type: () => OrganizationInput }) input: OrganizationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Organization> {
    return this.admin.update(ctx.actor, arenaId, organizationId, input);
  }

  @Mutation(() => Boolean, { description: "Admins set a person's role in the arena; null removes it" })
  setUserRole(
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GraphQLContext,
    @Args('role', { type: () => ArenaRoleEnum, nullable: true }) role?: ArenaRole | null,
  ): Promise<boolean> {
    return this.admin.setRole(ctx.actor, arenaId, userId, role ?? null);
  }

  @Query(() => PersonConnection, { description: "The arena's people, by name, with search (members, staff and observers)" })
  arenaPeople(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Person>> {
    return this.organizations.people(ctx.actor, arenaId, { organizationId, search }, first, after);
  }

  // Organization details: for people with a role in an arena the organization is a member of.

  @ResolveField(() => String, { nullable: true, description: 'Swedish organisationsnummer, NNNNNN-NNNN (members of a shared arena only)' })
  async orgNumber(@Parent() o: Organization, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.mayReadDetails(o, ctx)) ? o.orgNumber : null;
  }

  @ResolveField(() => Int, { nullable: true })
  async employees(@Parent() o: Organization, @Context() ctx: GraphQLContext): Promise<number | null> {
    return (await this.mayReadDetails(o, ctx)) ? o.employees : null;
  }

  @ResolveField(() => String, { nullable: true })
  async contactName(@Parent() o: Organization, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.mayReadDetails(o, ctx)) ? o.contactName : null;
  }

  @ResolveField(() => String, { nullable: true })
  async contactEmail(@Parent() o: Organization, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.mayReadDetails(o, ctx)) ? o.contactEmail : null;
  }

  @ResolveField(() => String, { nullable: true })
  async contactPhone(@Parent() o: Organization, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.mayReadDetails(o, ctx)) ? o.contactPhone : null;
  }

  private async mayReadDetails(o: Organization, ctx: GraphQLContext): Promise<boolean> {
    return this.organizations.detailsVisible(ctx.actor, o.id, ctx.loaders.arenasOfOrganization);
  }
}
