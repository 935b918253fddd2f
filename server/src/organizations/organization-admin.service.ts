import { type ArenaRole, organizationInputSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { requireAccess } from '../access';
import { type Actor } from '../access';
import { AuditService } from '../audit';
import { User } from '../auth/user.entity';
import { UserArenaRole } from '../auth/user-arena-role.entity';
import { isUniqueViolation } from '../common/database/sql';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { ArenaMembership } from './arena-membership.entity';
import { Organization } from './organization.entity';

/** The secretariat's member administration: organizations of the arena and people's roles. */
@Injectable()
export class OrganizationAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, arenaId: string, raw: unknown): Promise<Organization> {
    requireAccess(actor, arenaId, 'manageMembers');
    const input = this.parse(raw);
    return this.withOrgNumberCheck(() =>
      this.db.transaction(async (tx) => {
        const organization = await tx.getRepository(Organization).save(tx.getRepository(Organization).create(input));
        await tx.getRepository(ArenaMembership).insert({ arenaId, organizationId: organization.id });
        await this.audit.record(tx, actor, {
          arenaId,
          entity: 'organization',
          entityId: organization.id,
          action: 'create',
          after: organization,
        });
        return organization;
      }),
    );
  }

  async update(actor: Actor, arenaId: string, organizationId: string, raw: unknown): Promise<Organization> {
    requireAccess(actor, arenaId, 'manageMembers');
    const input = this.parse(raw);
    return this.withOrgNumberCheck(() =>
      this.db.transaction(async (tx) => {
        const organization = await this.memberOrganization(tx, arenaId, organizationId);
        const before = { ...organization };
        const saved = await tx.getRepository(Organization).save(Object.assign(organization, input));
        await this.audit.record(tx, actor, {
          arenaId,
          entity: 'organization',
          entityId: organization.id,
          action: 'update',
          before,
          after: saved,
        });
        return saved;
      }),
    );
  }

  /** Admins give, change or take away (role null) a person's role in the arena; never their own. */
  async setRole(actor: Actor, arenaId: string, userId: string, role: ArenaRole | null): Promise<boolean> {
    const me = requireAccess(actor, arenaId, 'manageRoles');
    if (!isUuid(userId)) throw badInput('userId', 'invalidId');
    if (userId === me.id) throw badInput('userId', 'ownRole');
    await this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneBy({ id: userId });
      if (!user) throw badInput('userId', 'notFound');
      await this.memberOrganization(tx, arenaId, user.organizationId, 'userId');
      const current = await tx.getRepository(UserArenaRole).findOneBy({ userId, arenaId });
      if (role) await tx.getRepository(UserArenaRole).upsert({ userId, arenaId, role }, ['userId', 'arenaId']);
      else await tx.getRepository(UserArenaRole).delete({ userId, arenaId });
      await this.audit.record(tx, actor, {
        arenaId,
        entity: 'role',
        entityId: userId,
        action: role ? 'grant' : 'revoke',
        before: current ? { role: current.role } : null,
        after: role ? { role } : null,
      });
    });
    return true;
  }

  private parse(raw: unknown) {
    const parsed = validate(organizationInputSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors, 'input');
    return parsed.value;
  }

  private async memberOrganization(
    tx: EntityManager,
    arenaId: string,
    organizationId: string,
    field = 'organizationId',
  ): Promise<Organization> {
    if (!isUuid(organizationId)) throw badInput(field, 'invalidId');
    const member = await tx.getRepository(ArenaMembership).existsBy({ arenaId, organizationId });
    const organization = member ? await tx.getRepository(Organization).findOneBy({ id: organizationId }) : null;
    if (!organization) throw badInput(field, 'notFound');
    return organization;
  }

  private async withOrgNumberCheck<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'organization_org_number_key')) throw badInput('input.orgNumber', 'orgNumberTaken');
      throw error;
    }
  }
}
