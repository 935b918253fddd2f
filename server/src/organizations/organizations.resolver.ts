import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

const OrganizationConnection = ConnectionType(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Query(() => OrganizationConnection, {
    description: "The arena's member directory, by name (for the arena's members, staff and observers)",
  })
  organizations(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Organization>> {
    return this.organizationsService.listMembers(ctx.actor, arenaId, search, first, after);
  }
}
