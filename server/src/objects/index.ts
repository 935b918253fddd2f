/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { toPgBox } from './geo-distance';
export { Impact, ImpactColumns, ImpactInput } from './impact';
export { asksForTotals } from './object-totals';
export { ObjectsModule } from './objects.module';
export { insertObject, OBJECT_COLUMNS_SQL, objectFromRow, ObjectsRepository, searchTextOf } from './objects.repository';
export { ObjectsService } from './objects.service';
export { ReportCategoryEnum } from './report-category';
// For exports of what the map shows and imports of many objects (transfer/).
export { insertObjects, objectConditions } from './objects.repository';
