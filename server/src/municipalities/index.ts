/** What this feature offers the others; they import it from here, never another file inside. */
export { MunicipalitiesModule } from './municipalities.module';
export { Municipality } from './municipality.type';
export { municipalityIndex, type MunicipalityRecord, municipalityText } from './municipality-index';
