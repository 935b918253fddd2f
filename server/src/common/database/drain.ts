import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Waits until none of the app's statements is running or waiting for a connection, or `timeoutMs`
 * passed; answers whether it got there. A request whose client hung up is still running on the
 * server after its connection closed: TypeORM's shutdown would cut its statement off mid-way.
 */
export async function waitForDatabaseWork(db: DataSource, timeoutMs: number): Promise<boolean> {
  const driver = db.driver as unknown as { master?: Pool; connectedQueryRunners?: unknown[] };
  const pool = driver.master;
  const busy = () => (driver.connectedQueryRunners?.length ?? 0) > 0 || (pool ? pool.totalCount > pool.idleCount || pool.waitingCount > 0 : false);
  const deadline = Date.now() + timeoutMs;
  while (busy()) {
    if (Date.now() >= deadline) return false;
    await sleep(20);
  }
  return true;
}
