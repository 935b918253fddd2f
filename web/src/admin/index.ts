/** What the admin feature (audit log, e-mail outbox) offers the app. */
export { AuditLogPage, OutboxPage } from './AdminPages';
