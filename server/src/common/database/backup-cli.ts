import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { loadConfig } from '../config/config';
import { embeddedUrl, runningCluster, startEmbeddedPostgres } from './embedded-postgres';

/**
 * `npm run db:backup [-- FILE]` and `npm run db:restore -- FILE`: pg_dump / pg_restore of the
 * configured database (the embedded one too, running or not). Needs the PostgreSQL client tools of
 * the server's major version (Debian: postgresql-client-15 for the embedded PostgreSQL 15).
 */
async function main(): Promise<void> {
  const [command, fileArgument] = process.argv.slice(2);
  if (command !== 'backup' && command !== 'restore') throw new Error('Usage: backup-cli.js backup [FILE] | restore FILE');
  const config = loadConfig();
  const database = await databaseUrl(config);
  try {
    checkClientVersion(database.url);
    if (command === 'backup') {
      const file = path.resolve(fileArgument ?? path.join(config.dataDir, 'backups', `flaskhals-${timestamp()}.dump`));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${database.url}`]);
      console.log(`Backup written to ${file} (${fs.statSync(file).size} bytes)`);
    } else {
      if (!fileArgument || !fs.existsSync(fileArgument)) throw new Error(`No backup file at ${fileArgument ?? '(none given)'}`);
      run('pg_restore', [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        '--exit-on-error',
        `--dbname=${database.url}`,
        path.resolve(fileArgument),
      ]);
      console.log(`Restored ${fileArgument} into the database`);
    }
  } finally {
    await database.release();
  }
}

async function databaseUrl(config: ReturnType<typeof loadConfig>): Promise<{ url: string; release(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, release: async () => undefined };
  const running = runningCluster(path.join(config.dataDir, 'postgres'));
  if (running) return { url: embeddedUrl(running.port), release: async () => undefined };
  const started = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  return { url: started.url, release: () => started.stop() };
}

function checkClientVersion(url: string): void {
  const client = /(\d+)\.\d+/.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))?.[1];
  const server = spawnSync('psql', ['-Atc', 'SHOW server_version_num', url], { encoding: 'utf8' }).stdout.trim();
  const serverMajor = server ? String(Math.floor(Number(server) / 10000)) : null;
  if (serverMajor && client && Number(client) < Number(serverMajor)) {
    throw new Error(
      `pg_dump ${client} cannot dump PostgreSQL ${serverMajor}: install the client tools of version ${serverMajor} (Debian: postgresql-client-${serverMajor})`,
    );
  }
}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: 'inherit' });
  if (result.error) throw new Error(`${tool} is not installed (Debian: apt-get install postgresql-client-15): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${tool} failed with exit code ${result.status}`);
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
