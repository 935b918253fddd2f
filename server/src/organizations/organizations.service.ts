import { type ArenaRole, searchSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { canSeeEmail, canSeeOrganizationDetails, requireAccess } from '../access';
import { type Actor } from '../access';
import { ArenasService } from '../arenas';
import { escapeLike, query, type Sql, sql } from '../common/database/sql';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { ArenaMembership } from './arena-membership.entity';
import { Organization } from './organization.entity';
import type { Person } from './person';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly arenas: ArenasService,
  ) {}

  /** The arena's member organizations by name, with an optional name search (the default arena without an id). */
  async listMembers(
    actor: Actor,
    arena: string | null | undefined,
    search: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Organization>> {
    const arenaId = await this.arenas.resolveArenaId(arena);
    requireAccess(actor, arenaId, 'readMemberDirectory');
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
    const rows = await query
      .orderBy('org.name', 'ASC')
      .addOrderBy('org.id', 'ASC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount, (o) => [o.name, o.id]);
  }

  /** The arena's people (anyone with a role there) by name, with search; e-mails only for staff and the own organization. */
  async people(
    actor: Actor,
    arenaId: string,
    filter: { organizationId?: string | null; search?: string | null },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Person>> {
    requireAccess(actor, arenaId, 'readMemberDirectory');
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const text = validate(searchSchema, filter.search);
    if (!text.ok) throw new BadUserInputError(text.errors, 'search');
    const where = ['r.arena_id = $1'];
    const params: unknown[] = [arenaId];
    if (filter.organizationId && isUuid(filter.organizationId)) where.push(`u.organization_id = $${params.push(filter.organizationId)}`);
    if (text.value) where.push(`(u.name ILIKE $${params.push(`%${escapeLike(text.value)}%`)} OR o.name ILIKE $${params.length})`);
    const from = `FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN organization o ON o.id = u.organization_id WHERE ${where.join(' AND ')}`;
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n ${from}`, params);
    if (cursor) where.push(`(u.name, u.id) > ($${params.push(cursor[0])}, $${params.push(cursor[1])}::uuid)`);
    const rows: { id: string; name: string; email: string; role: ArenaRole; organization_id: string }[] = await this.db.query(
      `SELECT u.id, u.name, u.email, r.role, u.organization_id FROM user_arena_role r JOIN user_account u ON u.id = r.user_id JOIN organization o ON o.id = u.organization_id
        WHERE ${where.join(' AND ')} ORDER BY u.name, u.id LIMIT ${size + 1}`,
      params,
    );
    const people = rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: canSeeEmail(actor, arenaId, r.organization_id) ? r.email : null,
      role: r.role,
      organizationId: r.organization_id,
    }));
    return toConnection(people, size, n, (p) => [p.name, p.id]);
  }

  /** Whether the actor may read an organization's details (number, size, contact); the loader gives its arenas. */
  async detailsVisible(actor: Actor, organizationId: string, arenasOfOrganization: DataLoader<string, string[]>): Promise<boolean> {
    return actor.user !== null && canSeeOrganizationDetails(actor, await arenasOfOrganization.load(organizationId));
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.db.getRepository(Organization).findBy({ id: In([...ids]) });
  }

  /** Refuses an organization that is not a member of the arena (or does not exist). */
  async assertMember(arenaId: string, organizationId: string, field: string, manager: EntityManager = this.db.manager): Promise<void> {
    const [member] = await query(manager, membershipStatement(arenaId, organizationId));
    if (!member) throw badInput(field, 'notMember');
  }
}

/** Whether an organization is a member of the arena: a row, or none. */
export function membershipStatement(arenaId: string, organizationId: string): Sql {
  return sql`SELECT 1 AS member FROM arena_membership WHERE arena_id = ${arenaId} AND organization_id = ${organizationId}`;
}
