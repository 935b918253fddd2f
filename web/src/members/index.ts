/** What the members feature (directory, invitations, roles) offers the app. */
export { AcceptInvitationPage } from './AcceptInvitationPage';
export { MembersPage } from './MembersPage';
