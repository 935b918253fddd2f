import type { ReportVisibility } from '@flaskhals/shared';
import type { ReadScope } from '../auth/actor';

interface ReportLike {
  organizationId: string;
  visibility: ReportVisibility;
  withdrawnAt: Date | null;
}

/**
 * Staff see every report; an organization sees its own (withdrawn ones too); members and
 * observers see what is shared with members; visitors see what is public.
 */
export function canSeeReport(scope: ReadScope, report: ReportLike): boolean {
  if (scope.confidentialReports) return true;
  if (scope.organizationId !== null && report.organizationId === scope.organizationId) return true;
  if (report.withdrawnAt) return false;
  return scope.members ? report.visibility !== 'ORGANIZATION' : report.visibility === 'PUBLIC';
}

/** Raw impact figures: staff, and the organization that stated them. Others see object totals. */
export function canSeeFigures(scope: ReadScope, organizationId: string): boolean {
  return scope.allFigures || (scope.organizationId !== null && scope.organizationId === organizationId);
}

/** SQL condition on an object `o` that it has been published: it carries a public report. */
export const PUBLISHED_OBJECT_SQL = `EXISTS (SELECT 1 FROM report pr WHERE pr.object_id = o.id AND pr.visibility = 'PUBLIC' AND pr.withdrawn_at IS NULL)`;
