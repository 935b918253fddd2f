import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { loadConfig } from '../common/config/config';
import { dataSourceOptions } from '../common/database/data-source-options';
import { startEmbeddedPostgres } from '../common/database/embedded-postgres';
import { seedDemoDataIfEmpty } from './seed';

/** `npm run seed`: runs the migrations and loads the demo arena into an empty database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const db = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url));
  try {
    await db.initialize();
    await db.runMigrations();
    const seeded = await seedDemoDataIfEmpty(db);
    console.log(
      seeded ? 'Demo data loaded.' : 'The database already has an arena; nothing loaded (demo data goes into an empty database only).',
    );
  } finally {
    await db.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
