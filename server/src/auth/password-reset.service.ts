import { randomBytes } from 'node:crypto';

import { emailSchema, passwordSchema, validate } from '@flaskhals/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AuditService } from '../audit';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { MailService } from '../mail';
import { PasswordReset } from './password-reset.entity';
import { hashPassword } from './passwords';
import { RateLimits } from './rate-limits';
import { hashToken, SessionsService } from './sessions.service';
import { User } from './user.entity';

const RESET_VALID_MS = 60 * 60 * 1000;

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimits,
    private readonly audit: AuditService,
  ) {}

  /** Mails a one-hour link when the e-mail has an account; answers the same either way. */
  async request(email: string, ip: string): Promise<void> {
    const parsed = validate(emailSchema, email);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors, 'email');
    await this.rateLimits.consumeSignIn(ip, parsed.value);
    await this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOneBy({ email: parsed.value });
      if (!user) return;
      const token = randomBytes(32).toString('base64url');
      await tx.getRepository(PasswordReset).insert({
        userId: user.id,
        tokenHash: hashToken(this.config.sessionSecret, token),
        expiresAt: new Date(Date.now() + RESET_VALID_MS),
      });
      await this.mail.enqueue(tx, {
        to: user.email,
        purpose: 'password-reset',
        subject: 'Återställ ditt lösenord i Flaskhals',
        text: [
          `Hej ${user.name}!`,
          ``,
          `Någon (förhoppningsvis du) bad om ett nytt lösenord till Flaskhals. Länken gäller en timme och kan användas en gång:`,
          ``,
          `${this.config.appUrl}/aterstall-losenord?token=${token}`,
          ``,
          `Bad du inte om det här kan du bortse från meddelandet; ditt lösenord är oförändrat.`,
        ].join('\n'),
      });
    });
  }

  /** Sets the new password, uses up the link, and signs the user out everywhere. */
  async reset(token: string, newPassword: string): Promise<void> {
    const password = validate(passwordSchema, newPassword);
    if (!password.ok) throw new BadUserInputError(password.errors, 'newPassword');
    if (typeof token !== 'string' || token.length > 100) throw badInput('token', 'notFound');
    await this.db.transaction(async (tx) => {
      const reset = await tx
        .getRepository(PasswordReset)
        .findOne({ where: { tokenHash: hashToken(this.config.sessionSecret, token) }, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw badInput('token', 'notFound');
      if (reset.usedAt) throw badInput('token', 'alreadyAccepted');
      if (reset.expiresAt.getTime() <= Date.now()) throw badInput('token', 'expired');
      await tx.getRepository(PasswordReset).update(reset.id, { usedAt: new Date() });
      await tx.getRepository(User).update(reset.userId, { passwordHash: await hashPassword(password.value) });
      await this.sessions.revokeAllOf(tx, reset.userId);
      const user = await tx.getRepository(User).findOneByOrFail({ id: reset.userId });
      await this.audit.record(
        tx,
        {
          user: { id: user.id, name: user.name, email: user.email, organizationId: user.organizationId },
          sessionId: null,
          roles: new Map(),
        },
        { arenaId: null, entity: 'user', entityId: user.id, action: 'resetPassword' },
      );
    });
  }
}
