import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';

/**
 * Compresses answers and files for clients that accept it (every browser): the map's page of 500
 * objects is ~126 KiB of JSON and ~21 KiB compressed (Brotli at compression's quality 4, or gzip),
 * which is what a phone on a mobile network feels.
 * Clients that do not ask for it (load generators, curl without --compressed) get it as it is.
 */
export function compressAnswers(app: NestExpressApplication): void {
  app.use(compression());
}
