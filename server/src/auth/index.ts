/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { LEAVES_ACTORS_ALONE } from './actor-cache.plugin';
export { AuthModule } from './auth.module';
export { SESSION_COOKIE } from './auth.resolver';
export { AuthService } from './auth.service';
export { Me } from './me.types';
export { hashPassword, verifyPassword } from './passwords';
export { RateLimits } from './rate-limits';
export { SessionAndCsrfHeader } from './session-csrf.guard';
export { hashToken, SessionsService } from './sessions.service';
