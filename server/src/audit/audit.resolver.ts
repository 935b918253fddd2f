import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { AuditService } from './audit.service';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter } from './audit-filter.input';

const AuditConnection = ConnectionType(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditConnection, { description: "The arena's audit log, newest first (staff and admins)" })
  auditLog(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    return this.audit.list(ctx.actor, arenaId, filter ?? {}, first, after);
  }
}
