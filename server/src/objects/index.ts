/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { toPgBox } from './geo-distance';
export { Impact, ImpactColumns, ImpactInput } from './impact';
export { ObjectFilter } from './object-filter.input';
export { asksForTotals } from './object-totals';
export { ObjectsModule } from './objects.module';
export {
  insertObject,
  insertObjects,
  OBJECT_COLUMNS_SQL,
  objectConditions,
  objectFromRow,
  ObjectsRepository,
  searchTextOf,
} from './objects.repository';
export { ObjectsService, type ScoreKeySource } from './objects.service';
export { ReportCategoryEnum } from './report-category';
