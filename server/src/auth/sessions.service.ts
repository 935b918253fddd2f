import { createHmac, randomBytes } from 'node:crypto';

import type { ArenaRole } from '@flaskhals/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, ANONYMOUS } from '../access';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { ActorCache } from './actor-cache';
import { UserSession } from './user-session.entity';

/** Touching last_seen_at on every request would write per read; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

/** What is stored of a secret token: an HMAC under SESSION_SECRET, so the table alone opens nothing. */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: ActorCache,
  ) {}

  /** Starts a session; returns the token for the cookie (never stored as such). */
  async create(manager: EntityManager, userId: string, userAgent: string | undefined): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxAgeHours * 3_600_000);
    await manager.getRepository(UserSession).insert({
      tokenHash: hashToken(this.config.sessionSecret, token),
      userId,
      lastSeenAt: now,
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /** The actor of a request's cookie: anonymous when missing, unknown, revoked, expired or idle too long. */
  async resolve(token: string | undefined): Promise<Actor> {
    if (!token || token.length > 100) return ANONYMOUS;
    const tokenHash = hashToken(this.config.sessionSecret, token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const generation = this.cache.generation;
    const rows: {
      session_id: string;
      last_seen_at: Date;
      expires_at: Date;
      user_id: string;
      name: string;
      email: string;
      organization_id: string;
      arena_id: string | null;
      role: ArenaRole | null;
    }[] = await this.db.query(
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, u.id AS user_id, u.name, u.email, u.organization_id, r.arena_id, r.role
           FROM user_session s
           JOIN user_account u ON u.id = s.user_id
           LEFT JOIN user_arena_role r ON r.user_id = u.id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(hours => $2)`,
      [tokenHash, this.config.sessionIdleHours],
    );
    if (rows.length === 0) return ANONYMOUS;
    const first = rows[0];
    let lastSeen = new Date(first.last_seen_at).getTime();
    if (Date.now() - lastSeen > TOUCH_INTERVAL_MS) {
      await this.db.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [first.session_id]);
      lastSeen = Date.now();
    }
    const actor: Actor = {
      user: { id: first.user_id, name: first.name, email: first.email, organizationId: first.organization_id },
      sessionId: first.session_id,
      roles: new Map(rows.filter((r) => r.arena_id && r.role).map((r) => [r.arena_id!, r.role!])),
    };
    // Reused only while the session would still pass this query; a change ends it earlier.
    this.cache.set(
      tokenHash,
      actor,
      Math.min(new Date(first.expires_at).getTime(), lastSeen + this.config.sessionIdleHours * 3_600_000),
      generation,
    );
    return actor;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Sign out everywhere, e.g. after a password change: every session of the user ends. */
  async revokeAllOf(manager: EntityManager, userId: string, exceptSessionId?: string | null): Promise<void> {
    await manager.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`, [
      userId,
      exceptSessionId ?? null,
    ]);
  }
}
