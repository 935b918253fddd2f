import { ARENA_ROLES, type ArenaRole, can, type EventVisibility, type Permission, type ReportVisibility } from '@flaskhals/shared';

import { raw, type Sql, sql } from '../common/database/sql';
import { hasPermission, type ReadAccess } from './access';
import { type Actor } from './actor';

/** What the visibility rules need of a report (or support). */
export interface ReportLike {
  organizationId: string;
  visibility: ReportVisibility;
  withdrawnAt: Date | null;
}

/**
 * Staff see every report; an organization sees its own (withdrawn ones too); the members
 * audience sees what is shared with members; the public audience what is public.
 */
export function canSeeReport(access: ReadAccess, report: ReportLike): boolean {
  if (access.confidentialReports) return true;
  if (access.organizationId !== null && report.organizationId === access.organizationId) return true;
  if (report.withdrawnAt) return false;
  return access.audience === 'members' ? report.visibility !== 'ORGANIZATION' : report.visibility === 'PUBLIC';
}

/** Raw impact figures: staff, and the organization that stated them. Others see object totals. */
export function canSeeFigures(access: ReadAccess, organizationId: string): boolean {
  return access.allFigures || (access.organizationId !== null && access.organizationId === organizationId);
}

/** Members change only their own organization's reports; staff any report of their arena. */
export function canEditReport(actor: Actor, report: { arenaId: string; organizationId: string }): boolean {
  return report.organizationId === actor.user?.organizationId || hasPermission(actor, report.arenaId, 'editAnyReport');
}

/** An organization's details (number, size, contact): for people with a role in an arena it is a member of. */
export function canSeeOrganizationDetails(actor: Actor, arenasOfOrganization: readonly string[]): boolean {
  return actor.user !== null && arenasOfOrganization.some((arenaId) => hasPermission(actor, arenaId, 'readMemberDirectory'));
}

/** A person's e-mail in the people directory: for staff and the person's own organization. */
export function canSeeEmail(actor: Actor, arenaId: string, personOrganizationId: string): boolean {
  return hasPermission(actor, arenaId, 'manageMembers') || personOrganizationId === actor.user?.organizationId;
}

/** SQL condition on an object `o` that it is published: it carries a public report that is not withdrawn. */
export const PUBLISHED_OBJECT_SQL = `EXISTS (SELECT 1 FROM report pr WHERE pr.object_id = o.id AND pr.visibility = 'PUBLIC' AND pr.withdrawn_at IS NULL)`;

/** canSeeReport as an SQL condition on a report `r` (search: a hidden text must never match; the dashboard's reports per month). */
export function visibleReportSql(access: ReadAccess): Sql {
  if (access.confidentialReports) return raw('true');
  const tier = access.audience === 'members' ? raw(`r.visibility <> 'ORGANIZATION'`) : raw(`r.visibility = 'PUBLIC'`);
  return sql`(r.organization_id = ${access.organizationId}::uuid OR (r.withdrawn_at IS NULL AND ${tier}))`;
}

/** What the visibility rules need of an object event; `report` when the event concerns one. */
export interface EventLike {
  visibility: EventVisibility;
  organizationId: string | null;
  report: ReportLike | null;
}

/**
 * An event of an object's history the reader may see (the object itself being visible): an event
 * about a report follows that report's visibility as it is now (withdrawn, it disappears for
 * others with the report); others their own tier: everyone, members, the organization concerned,
 * staff.
 */
export function canSeeEvent(access: ReadAccess, event: EventLike): boolean {
  if (access.confidentialReports) return true;
  if (event.report) return canSeeReport(access, event.report);
  if (event.visibility === 'PUBLIC') return true;
  if (event.visibility === 'MEMBERS') return access.audience === 'members';
  if (event.visibility === 'ORGANIZATION') return access.organizationId !== null && event.organizationId === access.organizationId;
  return false;
}

/** canSeeEvent as an SQL condition on an event `e` LEFT JOINed to its report `r`. */
export function visibleEventSql(access: ReadAccess): Sql {
  if (access.confidentialReports) return raw('true');
  const org = access.organizationId;
  const reportTier = access.audience === 'members' ? raw(`r.visibility <> 'ORGANIZATION'`) : raw(`r.visibility = 'PUBLIC'`);
  const eventTier = access.audience === 'members' ? raw(`e.visibility IN ('PUBLIC', 'MEMBERS')`) : raw(`e.visibility = 'PUBLIC'`);
  return sql`CASE WHEN r.id IS NOT NULL
    THEN (r.organization_id = ${org}::uuid OR (r.withdrawn_at IS NULL AND ${reportTier}))
    ELSE (${eventTier} OR (e.visibility = 'ORGANIZATION' AND e.organization_id = ${org}::uuid)) END`;
}

/** What the visibility rules need of a comment: its tier and the organization of its author. */
export interface CommentLike {
  organizationId: string;
  visibility: ReportVisibility;
}

/**
 * A comment on an object the reader sees, by the same tiers as reports: staff see every comment;
 * the author's organization its own; the members audience what is shared with members; the
 * public audience what is public.
 */
export function canSeeComment(access: ReadAccess, comment: CommentLike): boolean {
  if (access.confidentialReports) return true;
  if (access.organizationId !== null && comment.organizationId === access.organizationId) return true;
  return access.audience === 'members' ? comment.visibility !== 'ORGANIZATION' : comment.visibility === 'PUBLIC';
}

/** canSeeComment as an SQL condition on a comment `c`. */
export function visibleCommentSql(access: ReadAccess): Sql {
  if (access.confidentialReports) return raw('true');
  const tier = access.audience === 'members' ? raw(`c.visibility <> 'ORGANIZATION'`) : raw(`c.visibility = 'PUBLIC'`);
  return sql`(${tier} OR c.organization_id = ${access.organizationId}::uuid)`;
}

/** Staff see a hidden comment's text; everyone else only that it was hidden, and why. */
export function canSeeHiddenComment(actor: Actor, arenaId: string): boolean {
  return hasPermission(actor, arenaId, 'triage');
}

/**
 * Whom a comment of a tier may mention: people with a role in the arena who will see it. A
 * members' or public comment reaches everyone with a role; an organization's comment only its own
 * people and staff.
 */
export function canBeMentioned(person: { organizationId: string; role: ArenaRole }, comment: CommentLike): boolean {
  if (can(person.role, 'readConfidentialReports')) return true;
  if (person.organizationId === comment.organizationId) return true;
  return comment.visibility !== 'ORGANIZATION' && can(person.role, 'readMembersAudience');
}

/** An attachment may be removed by the person who uploaded it or by the arena's staff. */
export function canDeleteAttachment(actor: Actor, attachment: { arenaId: string; uploadedBy: string }): boolean {
  return actor.user?.id === attachment.uploadedBy || hasPermission(actor, attachment.arenaId, 'triage');
}

/** An action item decided at a meeting may be marked done (or open again) by the arena's meeting staff or by its owner. */
export function canMarkActionItem(actor: Actor, item: { arenaId: string; ownerUserId: string | null }): boolean {
  if (hasPermission(actor, item.arenaId, 'manageMeetings')) return true;
  return Boolean(item.ownerUserId) && actor.user?.id === item.ownerUserId && hasPermission(actor, item.arenaId, 'attendMeetings');
}

/** The arena roles holding a permission, as SQL text array elements (from the one table in shared/src/access.ts). */
function rolesWith(permission: Permission): string[] {
  return ARENA_ROLES.filter((role) => can(role, permission));
}

/**
 * canSeeEvent as an SQL condition for many readers at once, each with their own role in the arena
 * (`role`, null without one) and organization (`organizationId`): for fan-out (who is told of an
 * event) and for reading notifications back. Needs the event `e` LEFT JOINed to its report `r` and
 * its object `o`. Without a role a reader is the public audience: published objects only.
 */
export function recipientSeesEventSql(role: Sql, organizationId: Sql): Sql {
  const confidential = rolesWith('readConfidentialReports');
  const members = rolesWith('readMembersAudience');
  const ownOrganization = sql`CASE WHEN ${role} IS NOT NULL THEN ${organizationId} END`;
  const membersAudience = sql`coalesce(${role} = ANY(${members}::varchar[]), false)`;
  return sql`(coalesce(${role} = ANY(${confidential}::varchar[]), false)
    OR ((${membersAudience} OR ${raw(PUBLISHED_OBJECT_SQL)})
      AND CASE WHEN r.id IS NOT NULL
        THEN ((r.organization_id = ${ownOrganization}) IS TRUE
          OR (r.withdrawn_at IS NULL AND (r.visibility = 'PUBLIC' OR (r.visibility = 'MEMBERS' AND ${membersAudience}))))
        ELSE (e.visibility = 'PUBLIC' OR (e.visibility = 'MEMBERS' AND ${membersAudience})
          OR (e.visibility = 'ORGANIZATION' AND (e.organization_id = ${ownOrganization}) IS TRUE)) END))`;
}
