import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './common/config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './common/database/embedded-postgres';
import { createApp } from './create-app';
import { seedDemoDataIfEmpty } from './seed/seed';

async function main(): Promise<void> {
  const logger = new Logger('Flaskhals');
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    logger.log(`Starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  }
  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch(() => undefined);
    embedded = null;
  };
  try {
    const app = await createApp(config, config.databaseUrl ?? embedded!.url);
    if (config.seedDemoData === 'auto' && (await seedDemoDataIfEmpty(app.get(DataSource)))) logger.log('Loaded the demo data');
    await app.listen(config.port, config.host);
    logger.log(`Flaskhals is ready at http://localhost:${config.port}`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: finishing requests, then stopping`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
