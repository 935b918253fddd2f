/** What this feature offers the others; they import it from here (its entities from their own files), never another file inside. */
export { OrganizationsModule } from './organizations.module';
export { OrganizationsService } from './organizations.service';
