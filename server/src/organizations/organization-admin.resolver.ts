import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { searchSchema, validate, type ArenaRole, type OrganizationKind } from '@flaskhals/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../access/access';
import { canSeeEmail, canSeeOrganizationDetails } from '../access/visibility';
import { ArenaRoleEnum } from '../auth/me.types';
import { isUuid } from '../common/graphql/ids';
import { escapeLike } from '../common/database/sql';
import { BadUserInputError } from '../common/graphql/errors';
import { ConnectionType, decodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { OrganizationAdminService } from './organization-admin.service';
import { Organization, OrganizationKindEnum } from './organization.entity';

@InputType()
class OrganizationInput {
  @Field() name: string;
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field(() => String, { nullable: true, description: 'Swedish organisationsnummer' }) orgNumber?: string | null;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => Int, { nullable: true }) employees?: number | null;
  @Field(() => String, { nullable: true }) municipality?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
}

@ObjectType({ description: 'A person with a role in the arena' })
class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'For staff and the own organization only' }) email: string | null;
  @Field(() => ArenaRoleEnum) role: ArenaRole;
  @Field(() => Organization) organization: Organization;
}
const PersonConnection = ConnectionType(Person, 'Person');

@Resolver(() => Organization)
export class OrganizationAdminResolver {
  constructor(
    private readonly admin: OrganizationAdminService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Mutation(() => Organization, { description: 'Staff add a member organization to the arena' })
  createOrganization(@Args('arenaId', { type: () => ID }) arenaId: string, @Args('input', { type: () => OrganizationInput }) input: OrganizationInput, @Context() ctx: GraphQLContext): Promise<Organization> {
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
  async arenaPeople(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Person>> {
    requireAccess(ctx.actor, arenaId, 'readMemberDirectory');
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const text = validate(searchSchema, search);
    if (!text.ok) throw new BadUserInputError(text.errors, 'search');
    const where = ['r.arena_id = $1'];
    const params: unknown[] = [arenaId];
    if (organizationId && isUuid(organizationId)) where.push(`u.organization_id = $${params.push(organizationId)}`);
    if (text.value) where.push(`(u.name ILIKE $${params.push(`%${escapeLike(text.value)}%`)} OR o.name ILIKE $${params.length})`);
    const from = `FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN organization o ON o.id = u.organization_id WHERE ${where.join(' AND ')}`;
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n ${from}`, params);
    if (cursor) where.push(`(u.name, u.id) > ($${params.push(cursor[0])}, $${params.push(cursor[1])}::uuid)`);
    const rows: { id: string; name: string; email: string; role: ArenaRole; organization_id: string }[] = await this.db.query(
      `SELECT u.id, u.name, u.email, r.role, u.organization_id FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN organization o ON o.id = u.organization_id
        WHERE ${where.join(' AND ')} ORDER BY u.name, u.id LIMIT ${size + 1}`,
      params,
    );
    const people = await Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        name: r.name,
        email: canSeeEmail(ctx.actor, arenaId, r.organization_id) ? r.email : null,
        role: r.role,
        organization: await ctx.loaders.organization.load(r.organization_id),
      })),
    );
    return toConnection(people, size, n, (p) => [p.name, p.id]);
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
    return ctx.actor.user !== null && canSeeOrganizationDetails(ctx.actor, await ctx.loaders.arenasOfOrganization.load(o.id));
  }
}
