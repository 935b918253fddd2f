import { Injectable } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../access/access';
import { isUuid } from '../common/graphql/ids';
import { ConnectionType, newestFirstPage, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { AuditEntry } from './audit-entry.entity';

const AuditConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'e.g. report, support, object, organization, invitation, role' })
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. create, update, withdraw' })
  action?: string | null;
}

@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first, keyset-paginated on (at, id). */
  async list(arenaId: string, filter: AuditFilter, first?: number | null, after?: string | null): Promise<Connection<AuditEntry>> {
    const query = this.db.getRepository(AuditEntry).createQueryBuilder('a').where('a.arena_id = :arenaId', { arenaId });
    if (filter.entity) query.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    for (const [column, value] of [['entity_id', filter.entityId], ['user_id', filter.userId]] as const) {
      if (value && isUuid(value)) query.andWhere(`a.${column} = :${column}`, { [column]: value });
      else if (value) return toConnection([], pageSize(first), 0, () => []);
    }
    return newestFirstPage(query, 'a', 'at', first, after);
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditConnection, { description: "The arena's audit log, newest first (staff and admins)" })
  auditLog(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    requireAccess(ctx.actor, arenaId, 'readAuditLog');
    return this.log.list(arenaId, filter ?? {}, first, after);
  }
}
