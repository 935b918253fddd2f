/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { AuditModule } from './audit.module';
export type { AuditRecord } from './audit.service';
export { AuditService } from './audit.service';
