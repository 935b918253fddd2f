/** What this feature offers the others; they import it from here, never another file inside. */
export { TransferModule } from './transfer.module';
