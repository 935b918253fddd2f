/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { NewObjectInput } from './report.inputs';
