/** What this feature (saved views of the map) offers the others; they import it from here, never another file inside. */
export { SavedViewsModule } from './saved-views.module';
