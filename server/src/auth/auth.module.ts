import { Global, Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AuditModule } from '../audit/audit.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';
import { ActorCache } from './actor-cache';

@Global()
@Module({
  imports: [MailModule, AuditModule],
  providers: [ActorCache, SessionsService, AuthService, AuthResolver, PasswordResetService, RateLimits],
  exports: [ActorCache, SessionsService, AuthService, RateLimits],
})
export class AuthModule {}
