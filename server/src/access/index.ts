/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { audienceOf, forbidden, readAccess, requireAccess, requireSignedIn } from './access';
export type { Audience } from './access';
export { PUBLISHED_OBJECT_SQL, canEditReport, canSeeEmail, canSeeFigures, canSeeOrganizationDetails, canSeeReport } from './visibility';
export { ANONYMOUS, roleIn } from './actor';
export type { Actor } from './actor';
export { ArenaRoleEnum } from './arena-role.enum';
