import type { NextFunction, Request, Response } from 'express';

import { type Actor, ANONYMOUS } from '../access';
import { SESSION_COOKIE } from './auth.resolver';
import type { SessionsService } from './sessions.service';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

/** Resolves the session cookie into the request's actor before anything else reads it. */
export function actorMiddleware(sessions: SessionsService) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!token) {
      req.actor = ANONYMOUS;
      return next();
    }
    sessions
      .resolve(token)
      .then((actor) => {
        req.actor = actor;
        next();
      })
      // A database outage must not stop the health probe or become a 500: act as a visitor.
      .catch(() => {
        req.actor = ANONYMOUS;
        next();
      });
  };
}
