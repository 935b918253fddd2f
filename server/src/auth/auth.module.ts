import { Global, Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AuditLogService, AuditResolver } from '../audit/audit.resolver';
import { AuditService } from '../audit/audit.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';
import { ActorCache } from './actor-cache';

@Global()
@Module({
  imports: [MailModule],
  providers: [ActorCache, SessionsService, AuthService, AuthResolver, PasswordResetService, RateLimits, AuditService, AuditLogService, AuditResolver],
  exports: [ActorCache, SessionsService, AuthService, RateLimits, AuditService],
})
export class AuthModule {}
