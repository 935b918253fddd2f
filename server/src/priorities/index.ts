/** What this feature offers the others; they import it from here, never another file inside. */
export { PrioritiesModule } from './priorities.module';
export { type AdoptionReference, PrioritiesService } from './priorities.service';
