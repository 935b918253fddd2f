import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs one of the app's busiest statements as a named prepared statement, so PostgreSQL parses
 * and plans it once per connection instead of on every request. Only for statements whose text
 * comes from a small fixed set (the name is derived from the text): each name stays prepared on
 * every pooled connection.
 */
export async function preparedQuery<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
