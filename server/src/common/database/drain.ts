import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { DataSource } from 'typeorm';

/** How often a shutdown looks again, and how many quiet looks in a row mean done. */
const POLL_MS = 50;
const QUIET_LOOKS = 2;

/**
 * The database URL with an application_name of this process's own (unless it carries one), so
 * that PostgreSQL's pg_stat_activity tells this process's connections from those of other
 * instances on the same database (see waitForDatabaseWork).
 */
export function withOwnApplicationName(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.searchParams.has('application_name')) return databaseUrl;
  url.searchParams.set('application_name', `flaskhals-${process.pid}-${randomBytes(3).toString('hex')}`);
  return url.toString();
}

/**
 * Waits until none of the app's statements is running, or `timeoutMs` passed; answers whether it
 * got there. A request whose client hung up is still running on the server after its connection
 * closed: TypeORM's shutdown would cut its statement off mid-way. The app's statements are those
 * PostgreSQL shows as active on connections with this connection's application_name (ours, see
 * withOwnApplicationName); two quiet looks in a row, so that a request between a statement and its
 * next one (or waiting for a pooled connection) is not taken for done.
 */
export async function waitForDatabaseWork(db: DataSource, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < QUIET_LOOKS) {
    if (Date.now() >= deadline) return false;
    quiet = (await statementsRunning(db)) === 0 ? quiet + 1 : 0;
    if (quiet < QUIET_LOOKS) await sleep(POLL_MS);
  }
  return true;
}

/** Our statements PostgreSQL is running now; 0 when it cannot be asked (then nothing runs there either). */
async function statementsRunning(db: DataSource): Promise<number> {
  try {
    const rows: { busy: number }[] = await db.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE application_name = current_setting('application_name') AND pid <> pg_backend_pid()
          AND datname = current_database() AND state NOT IN ('idle', 'disabled')`,
    );
    return rows[0].busy;
  } catch {
    return 0;
  }
}
