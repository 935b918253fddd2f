/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
export type { AuditRecord } from './audit.service';
