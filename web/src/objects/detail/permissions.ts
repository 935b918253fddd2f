import { type ArenaRole, can } from '@flaskhals/shared';

/** Who looks at the detail: the role in the object's arena and the organization, if signed in. */
export interface Viewer {
  role: ArenaRole | null;
  organizationId: string | null;
  organizationName: string | null;
}

export const VISITOR: Viewer = { role: null, organizationId: null, organizationName: null };

interface ReportLike {
  organization: { id: string };
  withdrawnAt: string | null;
  supports: readonly { organization: { id: string } }[];
}

const ownReport = (viewer: Viewer, report: ReportLike) =>
  viewer.organizationId !== null && report.organization.id === viewer.organizationId;

/** "Instäm": members and staff, on other organizations' reports that still count. */
export function maySupport(viewer: Viewer, report: ReportLike): boolean {
  return can(viewer.role, 'support') && !ownReport(viewer, report) && !report.withdrawnAt;
}

/** The viewer's organization already stands behind the report. */
export function alreadySupports(viewer: Viewer, report: ReportLike): boolean {
  return viewer.organizationId !== null && report.supports.some((s) => s.organization.id === viewer.organizationId);
}

/** Edit and withdraw: the own organization's reports (as a member), any report as staff. */
export function mayEdit(viewer: Viewer, report: ReportLike): boolean {
  if (report.withdrawnAt) return false;
  return can(viewer.role, 'editAnyReport') || (can(viewer.role, 'report') && ownReport(viewer, report));
}
