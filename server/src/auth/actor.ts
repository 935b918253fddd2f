import { can, type ArenaRole, type Permission } from '@flaskhals/shared';
import { GraphQLError } from 'graphql';

/** Who is asking: a signed-in user with their roles per arena, or an anonymous visitor. */
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

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(what = 'You may not do this here.'): GraphQLError {
  return new GraphQLError(what, { extensions: { code: 'FORBIDDEN' } });
}

export function requireUser(actor: Actor): NonNullable<Actor['user']> {
  if (!actor.user) throw unauthenticated();
  return actor.user;
}

/** Throws UNAUTHENTICATED for visitors and FORBIDDEN for users whose role in the arena lacks the permission. */
export function requirePermission(actor: Actor, arenaId: string, permission: Permission): NonNullable<Actor['user']> {
  const user = requireUser(actor);
  if (!can(roleIn(actor, arenaId), permission)) throw forbidden();
  return user;
}

/** What an actor may read of an arena's reports and figures. */
export interface ReadScope {
  arenaId: string;
  /** Members' view (every object) or only what the arena published. */
  members: boolean;
  allFigures: boolean;
  confidentialReports: boolean;
  organizationId: string | null;
}

export function readScope(actor: Actor, arenaId: string): ReadScope {
  const role = roleIn(actor, arenaId);
  return {
    arenaId,
    members: can(role, 'readMembersView'),
    allFigures: can(role, 'readAllFigures'),
    confidentialReports: can(role, 'readConfidentialReports'),
    organizationId: role ? (actor.user?.organizationId ?? null) : null,
  };
}
