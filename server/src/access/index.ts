/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export type { Audience } from './access';
export { audienceOf, forbidden, readAccess, requireAccess, requireSignedIn } from './access';
export type { Actor } from './actor';
export { ANONYMOUS, roleIn } from './actor';
export { ArenaRoleEnum } from './arena-role.enum';
export { canEditReport, canSeeEmail, canSeeFigures, canSeeOrganizationDetails, canSeeReport, PUBLISHED_OBJECT_SQL } from './visibility';
