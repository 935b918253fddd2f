import * as fs from 'node:fs';
import * as path from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource, getMetadataArgsStorage } from 'typeorm';

import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { type AnyClass, printSchemaSdl, resolverClasses } from '../schema';
import { dataSourceOptions } from './database/data-source-options';

let flaskhals: RunningFlaskhals;
beforeAll(async () => {
  flaskhals = await startFlaskhals();
});
afterAll(() => flaskhals.stop());

it('the committed server/schema.graphql is what the server serves (run "npm run schema" after changing the API)', () => {
  const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
  expect(committed).toBe(printSchemaSdl(flaskhals.app.get(GraphQLSchemaHost).schema));
});

it('the database schema made by the migrations matches the entities', async () => {
  const pending = await flaskhals.db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

it('every entity file of the server is registered by its module (the CLIs load the same files: ENTITY_FILES)', async () => {
  const root = path.resolve(__dirname, '..');
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.entity.ts'));
  const declared = files
    .flatMap((file) => Object.values(require(path.join(root, file)) as Record<string, unknown>))
    .filter((value) => getMetadataArgsStorage().tables.some((table) => table.target === value));
  expect(declared.length).toBeGreaterThanOrEqual(files.length);
  const registered = new Set(flaskhals.db.entityMetadatas.map((metadata) => metadata.target));
  expect(declared.filter((entity) => !registered.has(entity as AnyClass)).map((entity) => (entity as AnyClass).name)).toEqual([]);
  const standalone = new DataSource(dataSourceOptions(flaskhals.databaseUrl));
  await standalone.initialize();
  try {
    expect(standalone.entityMetadatas.map((m) => m.tableName).sort()).toEqual(flaskhals.db.entityMetadatas.map((m) => m.tableName).sort());
  } finally {
    await standalone.destroy();
  }
});

it('the schema file is built from every *.resolver file', () => {
  expect(resolverClasses().map((resolver) => resolver.name)).toEqual(
    expect.arrayContaining(['ObjectsResolver', 'ObjectReportsResolver', 'PersonResolver', 'AuditResolver', 'AppConfigResolver']),
  );
});
