/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export type { Audience, ReadAccess } from './access';
export { audienceOf, forbidden, hasPermission, readAccess, requireAccess, requireSignedIn } from './access';
export type { Actor } from './actor';
export { ANONYMOUS, roleIn } from './actor';
export { ArenaRoleEnum } from './arena-role.enum';
export {
  canBeMentioned,
  canDeleteAttachment,
  canEditReport,
  canMarkActionItem,
  canSeeComment,
  canSeeEmail,
  canSeeEvent,
  canSeeFigures,
  canSeeHiddenComment,
  canSeeOrganizationDetails,
  canSeeReport,
  type CommentLike,
  type EventLike,
  PUBLISHED_OBJECT_SQL,
  recipientSeesEventSql,
  visibleCommentSql,
  visibleEventSql,
  visibleReportSql,
} from './visibility';
