import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { searchSchema, validate } from '@flaskhals/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError, badInput } from '../common/graphql/errors';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/pagination';
import { escapeLike } from '../common/database/sql';
import { ArenaMembership } from './arena-membership.entity';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The arena's member organizations by name, with an optional name search. */
  async listMembers(arenaId: string, search: string | null | undefined, first?: number | null, after?: string | null): Promise<Connection<Organization>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const text = validate(searchSchema, search);
    if (!text.ok) throw new BadUserInputError(text.errors, 'search');
    const query = this.db
      .getRepository(Organization)
      .createQueryBuilder('org')
      .innerJoin(ArenaMembership, 'm', 'm.organization_id = org.id AND m.arena_id = :arenaId', { arenaId });
    if (text.value) query.andWhere('org.name ILIKE :pattern', { pattern: `%${escapeLike(text.value)}%` });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(org.name, org.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    const rows = await query.orderBy('org.name', 'ASC').addOrderBy('org.id', 'ASC').take(size + 1).getMany();
    return toConnection(rows, size, totalCount, (o) => [o.name, o.id]);
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.db.getRepository(Organization).findBy({ id: In([...ids]) });
  }

  /** Refuses an organization that is not a member of the arena (or does not exist). */
  async assertMember(arenaId: string, organizationId: string, field: string, manager: EntityManager = this.db.manager): Promise<void> {
    const member = await manager.getRepository(ArenaMembership).existsBy({ arenaId, organizationId });
    if (!member) throw badInput(field, 'notMember');
  }
}
