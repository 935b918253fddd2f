import { emailSchema, passwordSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { Actor } from '../access';
import { requireSignedIn } from '../access';
import { Arena } from '../arenas/arena.entity';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { Organization } from '../organizations/organization.entity';
import type { Me } from './me.types';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';
import { UserArenaRole } from './user-arena-role.entity';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimits,
    private readonly audit: AuditService,
  ) {}

  /** Checks the password and starts a session; the same answer for a wrong e-mail and a wrong password. */
  async signIn(
    email: string,
    password: string,
    ip: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; expiresAt: Date; userId: string }> {
    const parsedEmail = validate(emailSchema, email);
    await this.rateLimits.consumeSignIn(ip, parsedEmail.ok ? parsedEmail.value : String(email).slice(0, 254));
    const user = parsedEmail.ok ? await this.db.getRepository(User).findOneBy({ email: parsedEmail.value }) : null;
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), String(password ?? ''));
    if (!user || !valid) throw badInput('password', 'wrongCredentials');
    const session = await this.sessions.create(this.db.manager, user.id, userAgent);
    return { ...session, userId: user.id };
  }

  async signOut(actor: Actor): Promise<void> {
    if (actor.sessionId) await this.sessions.revoke(actor.sessionId);
  }

  async signOutEverywhere(actor: Actor): Promise<void> {
    const user = requireSignedIn(actor);
    await this.sessions.revokeAllOf(this.db.manager, user.id);
  }

  /** A new password ends every other session of the user: whoever knew the old one is out. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const me = requireSignedIn(actor);
    const next = validate(passwordSchema, newPassword);
    if (!next.ok) throw new BadUserInputError(next.errors, 'newPassword');
    await this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneByOrFail({ id: me.id });
      if (!(await verifyPassword(user.passwordHash, String(currentPassword ?? '')))) throw badInput('currentPassword', 'wrongCredentials');
      await tx.getRepository(User).update(user.id, { passwordHash: await hashPassword(next.value) });
      await this.sessions.revokeAllOf(tx, user.id, actor.sessionId);
      await this.audit.record(tx, actor, { arenaId: null, entity: 'user', entityId: user.id, action: 'changePassword' });
    });
  }

  hasAccount(email: string): Promise<boolean> {
    return this.db.getRepository(User).existsBy({ email: email.toLowerCase() });
  }

  me(actor: Actor): Promise<Me | null> {
    return actor.user ? this.meOf(actor.user.id) : Promise.resolve(null);
  }

  async meOf(userId: string): Promise<Me | null> {
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user) return null;
    const roles = await this.db.getRepository(UserArenaRole).find({ where: { userId: user.id } });
    const arenas = await Promise.all(
      roles.map(async (r) => ({ arena: await this.db.getRepository(Arena).findOneByOrFail({ id: r.arenaId }), role: r.role })),
    );
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      organization: await this.db.getRepository(Organization).findOneByOrFail({ id: user.organizationId }),
      arenas: arenas.sort((a, b) => a.arena.name.localeCompare(b.arena.name, 'sv')),
    };
  }
}
