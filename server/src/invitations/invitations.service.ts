import { randomBytes } from 'node:crypto';

import { type ArenaRole, emailSchema, passwordSchema, personNameSchema, rolesGrantableBy, validate } from '@flaskhals/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { requireAccess } from '../access';
import { type Actor, roleIn } from '../access';
import { Arena } from '../arenas/arena.entity';
import { AuditService } from '../audit';
import { hashPassword, hashToken, SessionsService, verifyPassword } from '../auth';
import { User } from '../auth/user.entity';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, newestFirstPage } from '../common/graphql/pagination';
import { MailService } from '../mail';
import { ArenaMembership } from '../organizations/arena-membership.entity';
import { Organization } from '../organizations/organization.entity';
import { Invitation, InvitationState } from './invitation.entity';

export interface InviteInput {
  arenaId: string;
  organizationId: string;
  email: string;
  role: ArenaRole;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  /** Staff invite a person of a member organization; the e-mail with the link is sent with the same commit. */
  async invite(actor: Actor, input: InviteInput): Promise<Invitation> {
    if (!isUuid(input.arenaId)) throw badInput('arenaId', 'invalidId');
    requireAccess(actor, input.arenaId, 'manageMembers');
    const email = validate(emailSchema, input.email);
    if (!email.ok) throw new BadUserInputError(email.errors, 'email');
    if (!rolesGrantableBy(roleIn(actor, input.arenaId)).includes(input.role)) throw badInput('role', 'roleNotGrantable');
    if (!isUuid(input.organizationId)) throw badInput('organizationId', 'invalidId');
    return this.db.transaction(async (tx) => {
      if (!(await tx.getRepository(ArenaMembership).existsBy({ arenaId: input.arenaId, organizationId: input.organizationId })))
        throw badInput('organizationId', 'notMember');
      const existing = await tx.getRepository(User).findOneBy({ email: email.value });
      if (existing && existing.organizationId !== input.organizationId) throw badInput('email', 'otherOrganization');
      const token = randomBytes(32).toString('base64url');
      const invitation = await tx.getRepository(Invitation).save(
        tx.getRepository(Invitation).create({
          arenaId: input.arenaId,
          organizationId: input.organizationId,
          email: email.value,
          role: input.role,
          tokenHash: hashToken(this.config.sessionSecret, token),
          invitedBy: actor.user!.id,
          expiresAt: new Date(Date.now() + this.config.invitationDays * 86_400_000),
        }),
      );
      const arena = await tx.getRepository(Arena).findOneByOrFail({ id: input.arenaId });
      const organization = await tx.getRepository(Organization).findOneByOrFail({ id: input.organizationId });
      await this.mail.enqueue(tx, {
        arenaId: input.arenaId,
        to: email.value,
        purpose: 'invitation',
        subject: `Inbjudan till ${arena.name} i Flaskhals`,
        text: [
          `Hej!`,
          ``,
          `${actor.user!.name} bjuder in dig till ${arena.name} i Flaskhals, för ${organization.name}.`,
          `Öppna länken för att välja lösenord och komma igång (giltig till ${invitation.expiresAt.toISOString().slice(0, 10)}):`,
          ``,
          `${this.config.appUrl}/inbjudan?token=${token}`,
          ``,
          `Var inbjudan oväntad kan du bortse från det här meddelandet.`,
        ].join('\n'),
      });
      await this.audit.record(tx, actor, {
        arenaId: input.arenaId,
        entity: 'invitation',
        entityId: invitation.id,
        action: 'create',
        after: invitation,
      });
      return invitation;
    });
  }

  async revoke(actor: Actor, invitationId: string): Promise<Invitation> {
    if (!isUuid(invitationId)) throw badInput('invitationId', 'invalidId');
    return this.db.transaction(async (tx) => {
      const invitation = await tx.getRepository(Invitation).findOneBy({ id: invitationId });
      if (!invitation || !roleIn(actor, invitation.arenaId)) throw badInput('invitationId', 'notFound');
      requireAccess(actor, invitation.arenaId, 'manageMembers');
      if (invitation.state !== InvitationState.PENDING)
        throw badInput(
          'invitationId',
          invitation.state === InvitationState.ACCEPTED
            ? 'alreadyAccepted'
            : invitation.state === InvitationState.REVOKED
              ? 'revoked'
              : 'expired',
        );
      const before = { ...invitation };
      invitation.revokedAt = new Date();
      const saved = await tx.getRepository(Invitation).save(invitation);
      await this.audit.record(tx, actor, {
        arenaId: invitation.arenaId,
        entity: 'invitation',
        entityId: invitation.id,
        action: 'revoke',
        before,
        after: saved,
      });
      return saved;
    });
  }

  async list(actor: Actor, arenaId: string, first?: number | null, after?: string | null): Promise<Connection<Invitation>> {
    requireAccess(actor, arenaId, 'manageMembers');
    return newestFirstPage(
      this.db.getRepository(Invitation).createQueryBuilder('i').where('i.arena_id = :arenaId', { arenaId }),
      'i',
      'created_at',
      first,
      after,
    );
  }

  /** What the acceptance page shows; the token itself is the proof (256 random bits). */
  async findByToken(token: string): Promise<Invitation | null> {
    if (typeof token !== 'string' || token.length > 100) return null;
    return this.db
      .getRepository(Invitation)
      .findOne({ where: { tokenHash: hashToken(this.config.sessionSecret, token) }, relations: { arena: true, organization: true } });
  }

  /**
   * Sets up the account (or, for an existing user, checks their password), grants the role and
   * signs the person in. A new account belongs to the invitation's organization.
   */
  async accept(
    token: string,
    name: string | null | undefined,
    password: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; expiresAt: Date; userId: string }> {
    return this.db.transaction(async (tx) => {
      const invitation = await this.findByToken(token);
      if (!invitation) throw badInput('token', 'notFound');
      const locked = await tx.getRepository(Invitation).findOne({ where: { id: invitation.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.state !== InvitationState.PENDING) {
        const state = locked?.state;
        throw badInput(
          'token',
          state === InvitationState.ACCEPTED ? 'alreadyAccepted' : state === InvitationState.REVOKED ? 'revoked' : 'expired',
        );
      }
      const user = await this.userFor(tx, locked, name, password);
      await tx.query(
        `INSERT INTO user_arena_role (user_id, arena_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, arena_id) DO UPDATE SET role = EXCLUDED.role, granted_at = now()`,
        [user.id, locked.arenaId, locked.role],
      );
      const before = { ...locked };
      locked.acceptedAt = new Date();
      await tx.getRepository(Invitation).save(locked);
      const actor: Actor = {
        user: { id: user.id, name: user.name, email: user.email, organizationId: user.organizationId },
        sessionId: null,
        roles: new Map(),
      };
      await this.audit.record(tx, actor, {
        arenaId: locked.arenaId,
        entity: 'invitation',
        entityId: locked.id,
        action: 'accept',
        before,
        after: locked,
      });
      await this.audit.record(tx, actor, {
        arenaId: locked.arenaId,
        entity: 'role',
        entityId: user.id,
        action: 'grant',
        after: { userId: user.id, role: locked.role },
      });
      const session = await this.sessions.create(tx, user.id, userAgent);
      return { ...session, userId: user.id };
    });
  }

  private async userFor(tx: EntityManager, invitation: Invitation, name: string | null | undefined, password: string): Promise<User> {
    const existing = await tx.getRepository(User).findOneBy({ email: invitation.email });
    if (existing) {
      if (existing.organizationId !== invitation.organizationId) throw badInput('token', 'otherOrganization');
      if (!(await verifyPassword(existing.passwordHash, String(password ?? '')))) throw badInput('password', 'wrongCredentials');
      return existing;
    }
    const checked = validate(personNameSchema, name);
    if (!checked.ok) throw new BadUserInputError(checked.errors, 'name');
    const pass = validate(passwordSchema, password);
    if (!pass.ok) throw new BadUserInputError(pass.errors, 'password');
    return tx.getRepository(User).save(
      tx.getRepository(User).create({
        email: invitation.email,
        name: checked.value,
        passwordHash: await hashPassword(pass.value),
        organizationId: invitation.organizationId,
      }),
    );
  }
}
