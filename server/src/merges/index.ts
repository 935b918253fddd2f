/** What this feature offers the others; they import it from here, never another file inside. */
export { MergesModule } from './merges.module';
export { MERGE_MOVERS, type Mover, REPORT_MOVERS, type ReportMover } from './movers';
