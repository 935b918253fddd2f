/** What this feature offers the others; they import it from here, never another file inside. */
export { ScoringModule } from './scoring.module';
export { ScoringService } from './scoring.service';
