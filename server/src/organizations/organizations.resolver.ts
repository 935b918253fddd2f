import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { requireAccess } from '../access/access';
import type { GraphQLContext } from '../graphql-context';
import { ArenasService } from '../arenas/arenas.service';
import { ConnectionType, type Connection } from '../common/graphql/pagination';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

const OrganizationConnection = ConnectionType(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly arenas: ArenasService,
  ) {}

  @Query(() => OrganizationConnection, { description: "The arena's member directory, by name (for the arena's members, staff and observers)" })
  async organizations(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Organization>> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    requireAccess(ctx.actor, arena, 'readMemberDirectory');
    return this.organizationsService.listMembers(arena, search, first, after);
  }
}
