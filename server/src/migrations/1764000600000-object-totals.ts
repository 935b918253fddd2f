import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The figures summed for one audience: every report not withdrawn (members) or the public ones. */
const AUDIENCES = ['members', 'public'] as const;
const FIGURES = ['delay_hours_per_week', 'extra_cost_sek_per_year', 'freight_tonnes_per_year'] as const;

const totalsColumns = AUDIENCES.flatMap((a) => [
  ...FIGURES.map((f) => `${a}_${f} double precision NOT NULL DEFAULT 0`),
  `${a}_organizations integer NOT NULL DEFAULT 0`,
  `${a}_reports integer NOT NULL DEFAULT 0`,
  `${a}_categories varchar(30)[] NOT NULL DEFAULT '{}'`,
]);

const aggregates = (audience: (typeof AUDIENCES)[number]) => {
  const only = audience === 'public' ? ' AND c.public' : '';
  const filter = audience === 'public' ? ' FILTER (WHERE c.public)' : '';
  return [
    ...FIGURES.map((f) => `coalesce(sum(c.${f})${filter}, 0)`),
    `count(DISTINCT c.organization_id)${filter}`,
    `count(c.category)${filter}`,
    `coalesce(array_agg(DISTINCT c.category) FILTER (WHERE c.category IS NOT NULL${only}), '{}')`,
  ];
};

const totalsNames = AUDIENCES.flatMap((a) => [...FIGURES.map((f) => `${a}_${f}`), `${a}_organizations`, `${a}_reports`, `${a}_categories`]);

/**
 * Each object's summed impact, organization count, report count and categories, for members and
 * for the public, kept by triggers on report and support in the writing transaction. The map's
 * list reads 500 objects' totals from here instead of summing ~1,500 reports and supports on every
 * request; the triggers make the figures right whoever writes (the app, the seed, bench:data, SQL).
 */
export class ObjectTotals1764000600000 implements MigrationInterface {
  name = 'ObjectTotals1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE object_totals (
      object_id uuid PRIMARY KEY REFERENCES infrastructure_object(id) ON DELETE CASCADE,
      ${totalsColumns.join(',\n      ')}
    )`);
    // Writers on the same object take its row lock first, so the second one's sums (a fresh
    // snapshot after the lock) include the first one's report: no lost update between them.
    await db.query(`CREATE FUNCTION refresh_object_totals(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM infrastructure_object WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
        INSERT INTO object_totals (object_id, ${totalsNames.join(', ')})
        SELECT o.id, ${[...aggregates('members'), ...aggregates('public')].join(',\n               ')}
          FROM infrastructure_object o
          LEFT JOIN (
            SELECT r.object_id, r.organization_id, ${FIGURES.map((f) => `r.${f}`).join(', ')}, r.category, r.visibility = 'PUBLIC' AS public
              FROM report r WHERE r.object_id = ANY(ids) AND r.withdrawn_at IS NULL
            UNION ALL
            SELECT s.object_id, s.organization_id, ${FIGURES.map((f) => `s.${f}`).join(', ')}, NULL, r.visibility = 'PUBLIC'
              FROM support s JOIN report r ON r.id = s.report_id
             WHERE s.object_id = ANY(ids) AND r.withdrawn_at IS NULL
          ) c ON c.object_id = o.id
         WHERE o.id = ANY(ids)
         GROUP BY o.id
        ON CONFLICT (object_id) DO UPDATE SET ${totalsNames.map((n) => `${n} = EXCLUDED.${n}`).join(', ')};
      END $$`);
    // Statement-level triggers with transition tables: a bulk insert refreshes each object once.
    for (const table of ['report', 'support']) {
      await db.query(`CREATE FUNCTION ${table}_refresh_totals_new() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM refresh_object_totals(ARRAY(SELECT DISTINCT object_id FROM new_rows)); RETURN NULL; END $$`);
      await db.query(`CREATE FUNCTION ${table}_refresh_totals_old() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM refresh_object_totals(ARRAY(SELECT DISTINCT object_id FROM old_rows)); RETURN NULL; END $$`);
      await db.query(`CREATE FUNCTION ${table}_refresh_totals_both() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM refresh_object_totals(ARRAY(SELECT object_id FROM new_rows UNION SELECT object_id FROM old_rows));
          RETURN NULL;
        END $$`);
      await db.query(`CREATE TRIGGER ${table}_totals_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_totals_new()`);
      await db.query(`CREATE TRIGGER ${table}_totals_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_totals_both()`);
      await db.query(`CREATE TRIGGER ${table}_totals_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_totals_old()`);
    }
    await db.query(`SELECT refresh_object_totals(ARRAY(SELECT DISTINCT object_id FROM report))`);

    // The viewport's count and page read only these columns: with them in the GiST index the
    // bbox query is an index-only scan instead of one heap page per object in view.
    await db.query(`DROP INDEX infrastructure_object_bbox_idx`);
    await db.query(
      `CREATE INDEX infrastructure_object_bbox_idx ON infrastructure_object USING gist (bbox) INCLUDE (arena_id, kind, status, name, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX infrastructure_object_bbox_idx`);
    await db.query(`CREATE INDEX infrastructure_object_bbox_idx ON infrastructure_object USING gist (bbox)`);
    for (const table of ['report', 'support']) {
      for (const event of ['insert', 'update', 'delete']) await db.query(`DROP TRIGGER ${table}_totals_${event} ON ${table}`);
      for (const kind of ['new', 'old', 'both']) await db.query(`DROP FUNCTION ${table}_refresh_totals_${kind}()`);
    }
    await db.query(`DROP FUNCTION refresh_object_totals(uuid[])`);
    await db.query(`DROP TABLE object_totals`);
  }
}
