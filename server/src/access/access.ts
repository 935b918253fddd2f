/**
 * Who sees what, and who may do what, decided in one place. Every service method opens with one
 * call from here (`requireAccess`, `requireSignedIn` or `readAccess`); the rules of the roles are
 * the permission table in shared/src/access.ts, which the web reads too, and
 * server/src/auth/access-matrix.test.ts is the one list of who may do what.
 *
 * Vocabulary (one word per idea, in the server, shared/ and the web):
 * - **permission**: what a role may do in an arena (`can(role, permission)` in shared/src/access.ts).
 * - **audience**: which of an arena's two views an actor reads: `'members'` (every object, the
 *   reports shared with members, the members' totals) for anyone holding `readMembersAudience`,
 *   `'public'` (published objects, public reports, the public totals) for everybody else. The
 *   columns of `object_totals` carry the audience as their prefix (`members_…`, `public_…`).
 * - **published**: an object is published when it carries a public report that is not withdrawn;
 *   the public audience sees published objects only (`publishedObjectSql`).
 * - **read access** (`ReadAccess`): what one actor may read in one arena: the audience, other
 *   organizations' figures, confidential reports, and the actor's own organization.
 * - **visibility**: what the reporting organization chose for one report (ORGANIZATION, MEMBERS,
 *   PUBLIC); `canSeeReport` weighs it against the actor's read access.
 */
import { can, type Permission } from '@flaskhals/shared';
import { GraphQLError } from 'graphql';

import { type Actor, roleIn } from './actor';

export type Audience = 'members' | 'public';

/** What an actor may read of one arena. */
export interface ReadAccess {
  arenaId: string;
  audience: Audience;
  /** Raw impact figures of every organization (staff); others see their own and the totals. */
  allFigures: boolean;
  /** Reports whose visibility is ORGANIZATION, of any organization. */
  confidentialReports: boolean;
  /** The actor's organization when the actor has a role in the arena, else null. */
  organizationId: string | null;
}

export type SignedInUser = NonNullable<Actor['user']>;

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(what = 'You may not do this here.'): GraphQLError {
  return new GraphQLError(what, { extensions: { code: 'FORBIDDEN' } });
}

/** Throws UNAUTHENTICATED for visitors; for operations whose arena is known only from the validated input or a row. */
export function requireSignedIn(actor: Actor): SignedInUser {
  if (!actor.user) throw unauthenticated();
  return actor.user;
}

/** Throws UNAUTHENTICATED for visitors and FORBIDDEN for users whose role in the arena lacks the permission. */
export function requireAccess(actor: Actor, arenaId: string, permission: Permission): SignedInUser {
  const user = requireSignedIn(actor);
  if (!hasPermission(actor, arenaId, permission)) throw forbidden();
  return user;
}

export function hasPermission(actor: Actor, arenaId: string, permission: Permission): boolean {
  return can(roleIn(actor, arenaId), permission);
}

export function readAccess(actor: Actor, arenaId: string): ReadAccess {
  const role = roleIn(actor, arenaId);
  return {
    arenaId,
    audience: can(role, 'readMembersAudience') ? 'members' : 'public',
    allFigures: can(role, 'readAllFigures'),
    confidentialReports: can(role, 'readConfidentialReports'),
    organizationId: role ? (actor.user?.organizationId ?? null) : null,
  };
}

/** The audience of an actor in an arena: whose totals they see and whether they see unpublished objects. */
export function audienceOf(actor: Actor, arenaId: string): Audience {
  return readAccess(actor, arenaId).audience;
}
