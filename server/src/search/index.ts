/** What this feature (the arena search and the place search) offers the others; they import it from here, never another file inside. */
export { placeIndex } from './place-index';
export { SearchModule } from './search.module';
