import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard counts an arena's reports per month over the last 24 months, as each reader may
 * see them: this index finds the months' reports by range and carries the columns the visibility
 * rule reads, so the count is an index-only scan instead of a pass over every report of the arena.
 */
export class ReportArenaTimeIndex1766000300000 implements MigrationInterface {
  name = 'ReportArenaTimeIndex1766000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX report_arena_created_idx ON report (arena_id, created_at) INCLUDE (visibility, withdrawn_at, organization_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX report_arena_created_idx`);
  }
}
