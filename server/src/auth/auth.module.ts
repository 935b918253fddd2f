import { Global, Module } from '@nestjs/common';
import { AuditLogService, AuditResolver } from '../audit/audit.resolver';
import { AuditService } from '../audit/audit.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  providers: [SessionsService, AuthService, AuthResolver, RateLimits, AuditService, AuditLogService, AuditResolver],
  exports: [SessionsService, RateLimits, AuditService],
})
export class AuthModule {}
