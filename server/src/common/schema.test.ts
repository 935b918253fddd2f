import * as fs from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaSdl } from '../schema';
import { startFlaskhals, type RunningFlaskhals } from '../../test/harness';

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
