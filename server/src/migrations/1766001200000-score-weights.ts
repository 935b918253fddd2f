import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weights of an arena's score criteria (issue 18, shared/src/scoring.ts). One row per arena and
 * criterion an admin has set; a criterion without a row weighs its default. The staff judgements the
 * score reads (severity, strategic fit) live in the object's `planning` jsonb with its other
 * planning facts, so they need no column.
 */
export class ScoreWeights1766001200000 implements MigrationInterface {
  name = 'ScoreWeights1766001200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE score_weight (
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        criterion varchar(30) NOT NULL,
        weight smallint NOT NULL CHECK (weight BETWEEN 0 AND 10),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (arena_id, criterion)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE score_weight`);
  }
}
