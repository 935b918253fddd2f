import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { Client } from 'pg';

import { createTestDatabase, type RunningFlaskhals, startFlaskhals } from '../../../test/harness';
import { SERVER_DIR } from '../../../test/processes';

const CLI = path.join(SERVER_DIR, 'dist', 'common', 'database', 'backup-cli.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flaskhals-backup-'));
let flaskhals: RunningFlaskhals;

beforeAll(async () => {
  flaskhals = await startFlaskhals({ seed: true });
});
afterAll(async () => {
  await flaskhals.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`backup-cli ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every table's rows, as one checksum per table. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows: tables } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const result: Record<string, string> = {};
  for (const { tablename } of tables) {
    const { rows } = await client.query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f FROM "${tablename}" t`,
    );
    result[tablename] = rows[0].f;
  }
  await client.end();
  return result;
}

it('restores a dump into a fresh database with every table equal', async () => {
  const file = path.join(dir, 'flaskhals.dump');
  expect(cli(['backup', file], flaskhals.databaseUrl)).toMatch(/Backup written/);
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);

  const fresh = await createTestDatabase();
  try {
    expect(cli(['restore', file], fresh.url)).toMatch(/Restored/);
    const original = await fingerprint(flaskhals.databaseUrl);
    expect(Object.keys(original)).toEqual(expect.arrayContaining(['arena', 'infrastructure_object', 'report', 'support', 'migrations']));
    expect(original.infrastructure_object).not.toMatch(/^0:/);
    expect(await fingerprint(fresh.url)).toEqual(original);
  } finally {
    await fresh.drop();
  }
});
