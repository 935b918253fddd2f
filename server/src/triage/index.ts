/** What this feature offers the others; they import it from here, never another file inside. */
export { TriageModule } from './triage.module';
export { TriageService } from './triage.service';
