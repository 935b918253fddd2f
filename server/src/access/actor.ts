import type { ArenaRole } from '@flaskhals/shared';

/** Who is asking: a signed-in user with their roles per arena, or an anonymous visitor. What they may do is decided in access/. */
export interface Actor {
  user: { id: string; name: string; email: string; organizationId: string } | null;
  sessionId: string | null;
  /** arenaId → role */
  roles: ReadonlyMap<string, ArenaRole>;
}

export const ANONYMOUS: Actor = { user: null, sessionId: null, roles: new Map() };

export function roleIn(actor: Actor, arenaId: string): ArenaRole | null {
  return actor.roles.get(arenaId) ?? null;
}
