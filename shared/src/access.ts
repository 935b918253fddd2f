/**
 * Who may do what in an arena. The server enforces these rules in its services; the web uses the
 * same table only to decide which actions to offer.
 */
export const ARENA_ROLES = ['MEMBER', 'STAFF', 'ADMIN', 'OBSERVER'] as const;
export type ArenaRole = (typeof ARENA_ROLES)[number];

/** Who sees a report: the own organization (and staff), every member of the arena, or everyone. */
export const REPORT_VISIBILITIES = ['ORGANIZATION', 'MEMBERS', 'PUBLIC'] as const;
export type ReportVisibility = (typeof REPORT_VISIBILITIES)[number];
export const DEFAULT_REPORT_VISIBILITY: ReportVisibility = 'MEMBERS';

const PERMISSIONS = {
  /** The members audience: every object, the reports shared with members, the members' totals (server/src/access/). */
  readMembersAudience: ['MEMBER', 'STAFF', 'ADMIN', 'OBSERVER'],
  /** Raw impact figures of other organizations' reports and supports. */
  readAllFigures: ['STAFF', 'ADMIN'],
  /** Reports whose visibility is ORGANIZATION, of any organization. */
  readConfidentialReports: ['STAFF', 'ADMIN'],
  report: ['MEMBER', 'STAFF', 'ADMIN'],
  support: ['MEMBER', 'STAFF', 'ADMIN'],
  /** Edit or withdraw reports of any organization (triage). */
  editAnyReport: ['STAFF', 'ADMIN'],
  /** The secretariat's work on objects: status, facts, planning, merges, the triage queue, hiding comments. */
  triage: ['STAFF', 'ADMIN'],
  /** Register for the arena's meetings (a seat, or a place on the waiting list). */
  attendMeetings: ['MEMBER', 'STAFF', 'ADMIN', 'OBSERVER'],
  /** Plan meetings and their agendas, change a meeting's status. */
  manageMeetings: ['STAFF', 'ADMIN'],
  /**
   * Cast one's organization's ballot in a meeting's vote round (server/src/votes/). Members only:
   * staff and admins are the secretariat that runs and counts the round, observers watch.
   */
  vote: ['MEMBER'],
  /** Be named adjuster (justerare) of a meeting's protocol, and approve it when named. */
  approveProtocols: ['MEMBER', 'STAFF', 'ADMIN'],
  /** Add many objects at once from a GeoJSON or CSV file (server/src/transfer/). */
  importObjects: ['STAFF', 'ADMIN'],
  /** Comment on objects and follow them. */
  comment: ['MEMBER', 'STAFF', 'ADMIN'],
  readMemberDirectory: ['MEMBER', 'STAFF', 'ADMIN', 'OBSERVER'],
  manageMembers: ['STAFF', 'ADMIN'],
  readAuditLog: ['STAFF', 'ADMIN'],
  manageRoles: ['ADMIN'],
  /** Save views of the map (filters and extent) under a name; edit and delete one's own. */
  saveViews: ['MEMBER', 'STAFF', 'ADMIN', 'OBSERVER'],
  /** Set the weights of the arena's score criteria (shared/src/scoring.ts). */
  manageScoring: ['ADMIN'],
  /** Keep the arena's working priority list: propose it from the scores, move, add and remove objects (server/src/priorities/). */
  managePriorities: ['STAFF', 'ADMIN'],
  /** Rename and delete the views others shared with the arena. */
  manageSharedViews: ['STAFF', 'ADMIN'],
} as const satisfies Record<string, readonly ArenaRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: ArenaRole | null | undefined, permission: Permission): boolean {
  return role != null && (PERMISSIONS[permission] as readonly ArenaRole[]).includes(role);
}

/** Roles a staff member may hand out by invitation; only admins make admins. */
export function rolesGrantableBy(role: ArenaRole | null | undefined): readonly ArenaRole[] {
  if (role === 'ADMIN') return ARENA_ROLES;
  if (role === 'STAFF') return ['MEMBER', 'STAFF', 'OBSERVER'];
  return [];
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
