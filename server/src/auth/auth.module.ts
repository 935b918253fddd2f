import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit';
import { MailModule } from '../mail';
import { ActorCache } from './actor-cache';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetService } from './password-reset.service';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';
import { UserArenaRole } from './user-arena-role.entity';
import { UserSession } from './user-session.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, UserArenaRole, UserSession, PasswordReset]), MailModule, AuditModule],
  providers: [ActorCache, SessionsService, AuthService, AuthResolver, PasswordResetService, RateLimits],
  exports: [ActorCache, SessionsService, AuthService, RateLimits],
})
export class AuthModule {}
