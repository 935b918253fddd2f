/** What this feature offers the others; they import it from here, never another file inside. */
export { FactsModule } from './facts.module';
export { FactsService } from './facts.service';
