import * as path from 'node:path';

import type { DataSourceOptions } from 'typeorm';

/**
 * Every entity file of the server, for the entry points that build a DataSource without Nest (the
 * seed CLI, bench/data.cjs). In the app each module registers its own entities
 * (TypeOrmModule.forFeature) and the root loads them (autoLoadEntities); common/schema.test.ts
 * checks that the two agree.
 */
export const ENTITY_FILES = path.join(__dirname, '..', '..', '**', '*.entity.{js,ts}');
/** Every migration file, run in the order of the timestamp in its class name (TypeORM sorts them): a new one is only a new file. */
export const MIGRATION_FILES = path.join(__dirname, '..', '..', 'migrations', '*.{js,ts}');

/** Migrations only, run at start; the schema is never synchronized from the entities. For a DataSource made without Nest: with every entity file. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [ENTITY_FILES],
    migrations: [MIGRATION_FILES],
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
