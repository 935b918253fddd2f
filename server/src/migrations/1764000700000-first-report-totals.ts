import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIGURES = ['delay_hours_per_week', 'extra_cost_sek_per_year', 'freight_tonnes_per_year'] as const;
const NAMES = (['members', 'public'] as const).flatMap((a) => [
  ...FIGURES.map((f) => `${a}_${f}`),
  `${a}_organizations`,
  `${a}_reports`,
  `${a}_categories`,
]);
const AGGREGATES = (['members', 'public'] as const).flatMap((audience) => {
  const filter = audience === 'public' ? " FILTER (WHERE n.visibility = 'PUBLIC')" : '';
  return [
    ...FIGURES.map((f) => `coalesce(sum(n.${f})${filter}, 0)`),
    `count(DISTINCT n.organization_id)${filter}`,
    `count(*)${filter}`,
    `coalesce(array_agg(DISTINCT n.category)${filter}, '{}')`,
  ];
});

/**
 * Most reports are the first on a new object: its totals are then just the new rows, with no
 * lock and no re-summing of what is already there. Objects that have totals already (or rows
 * written concurrently) go the general way, refresh_object_totals, as before.
 */
export class FirstReportTotals1764000700000 implements MigrationInterface {
  name = 'FirstReportTotals1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE FUNCTION report_refresh_totals_new() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rest uuid[];
      BEGIN
        WITH fresh AS (
          INSERT INTO object_totals (object_id, ${NAMES.join(', ')})
          SELECT n.object_id, ${AGGREGATES.join(', ')}
            FROM new_rows n
           WHERE NOT EXISTS (SELECT 1 FROM object_totals t WHERE t.object_id = n.object_id)
           GROUP BY n.object_id
          HAVING bool_and(n.withdrawn_at IS NULL)
          ON CONFLICT (object_id) DO NOTHING
          RETURNING object_id
        )
        SELECT array_agg(DISTINCT n.object_id) INTO rest FROM new_rows n WHERE n.object_id NOT IN (SELECT object_id FROM fresh);
        IF rest IS NOT NULL THEN
          PERFORM refresh_object_totals(rest);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE FUNCTION report_refresh_totals_new() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM refresh_object_totals(ARRAY(SELECT DISTINCT object_id FROM new_rows)); RETURN NULL; END $$`);
  }
}
