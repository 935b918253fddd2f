import { CSRF_HEADER } from '@flaskhals/shared';
import { type CanActivate, type ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import type { Request } from 'express';

import { RateLimits } from './rate-limits';

/**
 * The REST writes (uploads, imports) are protected as the GraphQL API is: a session, and a header
 * that a page of another site cannot send without a CORS preflight (which this server does not
 * grant), checked before a byte of the body is read. Each counts against the user's budget of
 * mutations (RATE_LIMIT_MUTATIONS), as a GraphQL write does.
 */
@Injectable()
export class SessionAndCsrfHeader implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.header(CSRF_HEADER)) throw new HttpException({ error: 'CSRF', message: `The ${CSRF_HEADER} header is required.` }, 400);
    if (!req.actor?.user) throw new HttpException({ error: 'UNAUTHENTICATED', message: 'Sign in first.' }, 401);
    await this.limits.consumeMutation(`user:${req.actor.user.id}`);
    return true;
  }
}
