import { DataSource } from 'typeorm';

import { createTestDatabase } from '../../../test/harness';
import { queryPrepared, sql } from './sql';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await new DataSource({ type: 'postgres', url: database.url, poolSize: 1 }).initialize();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const doubled = (n: number) => sql`SELECT ${n}::int * 2 AS n`;
const prepared = `SELECT name FROM pg_prepared_statements WHERE name LIKE 'doubling-%'`;

it('runs a statement of a transaction as a prepared statement of its connection, planned once and answering each call', async () => {
  const answers = await db.transaction(async (tx) => {
    const rows = [];
    for (const n of [1, 2, 3]) rows.push(...(await queryPrepared<{ n: number }>(tx, 'doubling', doubled(n))));
    return rows.map((row) => row.n);
  });
  expect(answers).toEqual([2, 4, 6]);
  // The one connection keeps the statement for the next transaction: one entry, however many calls.
  expect(await db.query(prepared)).toHaveLength(1);

  // A changed text under the same label is a statement of its own, not an error.
  const other = await db.transaction((tx) => queryPrepared<{ n: number }>(tx, 'doubling', sql`SELECT ${5}::int * 2 + 1 AS n`));
  expect(other).toEqual([{ n: 11 }]);
  expect(await db.query(prepared)).toHaveLength(2);
});

it('runs a statement outside a transaction as an ordinary query', async () => {
  const rows = await queryPrepared<{ n: number }>(db.manager, 'plain', doubled(21));
  expect(rows).toEqual([{ n: 42 }]);
  expect(await db.query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'plain-%'`)).toHaveLength(0);
});
