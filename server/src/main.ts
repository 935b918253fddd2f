import 'reflect-metadata';

import { setFlagsFromString } from 'node:v8';

import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ConfigError, loadConfig } from './common/config/config';
import { waitForDatabaseWork } from './common/database/drain';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './common/database/embedded-postgres';
import { createApp } from './create-app';
import { closeLiveConnections } from './live/live-subscriptions';
import { seedDemoDataIfEmpty } from './seed/seed';

const logger = new Logger('Flaskhals');
/** How long a shutdown waits for statements of requests whose clients are gone. */
const DRAIN_TIMEOUT_MS = 15_000;
let app: NestExpressApplication | null = null;
let embedded: EmbeddedDatabase | null = null;
let stopping = false;

/** In-flight requests finish first (app.close waits for them), then the embedded database stops. */
async function shutdown(reason: string, exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    logger.log(`${reason}: finishing requests, then stopping`);
    if (app) {
      // Stop accepting first and let every request in flight complete while the database is
      // still there; only then let Nest tear down its modules (and the connection pool).
      const server = app.getHttpServer();
      closeLiveConnections(server);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A request whose client hung up no longer holds a connection open, but may still be writing.
      if (!(await waitForDatabaseWork(app.get(DataSource), DRAIN_TIMEOUT_MS)))
        logger.warn(`Statements still running after ${DRAIN_TIMEOUT_MS / 1000} s: stopping anyway`);
      await app.close().catch((error: unknown) => logger.error(error));
    }
    await embedded?.stop().catch((error: unknown) => logger.error(error));
  }
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const config = loadConfig();
  // A performance choice (PERFORMANCE_CHOICES, docs/architecture.md). Under load most garbage is a
  // request's rows and answer, promoted to the old generation while requests overlap. V8 lets the
  // old generation grow to four times what survived the last full collection before it collects
  // again (about 200 MB over 46 MB live in the benchmark); at twice, the server stays near 200 MB
  // resident, for a few more full collections (measured: no difference in CPU per request beyond
  // the machine's noise; at 1.5 times it doubled). Set before the app allocates its heap.
  if (config.performance['heap-growth']) setFlagsFromString('--heap-growing-percent=100');
  if (!config.databaseUrl) {
    logger.log(`Starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  }
  // Registered after the embedded database started: its package replaces the signal handlers.
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  app = await createApp(config, config.databaseUrl ?? embedded!.url);
  if (config.seedDemoData === 'auto' && (await seedDemoDataIfEmpty(app.get(DataSource)))) logger.log('Loaded the demo data');
  await app.listen(config.port, config.host);
  logger.log(`Flaskhals is ready at http://localhost:${config.port}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  await shutdown('Start-up failed', 1);
});
