/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { HistoryModule } from './history.module';
export type { NewObjectEvent } from './history.repository';
export { type HistoryListener, HistoryService, type RecordedEvent } from './history.service';
