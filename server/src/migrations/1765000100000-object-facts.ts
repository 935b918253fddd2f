import type { MigrationInterface, QueryRunner } from 'typeorm';

import { municipalityIndex, municipalityText } from '../municipalities';

/** Objects filled in per statement when the municipalities are first computed. */
const BACKFILL_BATCH = 1000;

/**
 * The object's facts (issue 15): its municipalities by code (filled in from the position unless
 * staff set them by hand), typed network references and the planning staff keep. Existing objects
 * get their municipalities from their position here, in batches.
 */
export class ObjectFacts1765000100000 implements MigrationInterface {
  name = 'ObjectFacts1765000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE infrastructure_object
      ADD COLUMN municipality_codes varchar(4)[] NOT NULL DEFAULT '{}',
      ADD COLUMN municipality_by_hand boolean NOT NULL DEFAULT false,
      ADD COLUMN network_refs jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN planning jsonb NOT NULL DEFAULT '{}'`);
    // Area alerts and filters by municipality ask "objects in these municipalities" (&&).
    await db.query(`CREATE INDEX infrastructure_object_municipality_codes_idx ON infrastructure_object USING gin (municipality_codes)`);

    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows: { id: string; geometry: never }[] = await db.query(
        `SELECT id, geometry FROM infrastructure_object WHERE id > $1 ORDER BY id LIMIT ${BACKFILL_BATCH}`,
        [after],
      );
      if (!rows.length) break;
      const found = rows.map((row) => ({ id: row.id, municipalities: municipalityIndex.touching(row.geometry) }));
      const filled = found.filter((f) => f.municipalities.length);
      if (filled.length) {
        await db.query(
          `UPDATE infrastructure_object o SET municipality_codes = string_to_array(f.codes, ','), municipality = f.names,
                  search_text = lower(o.name || ' ' || f.names || ' ' || array_to_string(o.external_refs, ' '))
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS f(id, codes, names) WHERE o.id = f.id`,
          [
            filled.map((f) => f.id),
            filled.map((f) => f.municipalities.map((m) => m.code).join(',')),
            filled.map((f) => municipalityText(f.municipalities.map((m) => m.name))),
          ],
        );
      }
      after = rows[rows.length - 1].id;
    }

    // Facts that staff correct change what a map or a detail shows: announce them as the status is.
    await db.query(`
      CREATE OR REPLACE FUNCTION notify_object_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('flaskhals_object_changed', n.arena_id || ':' || n.id)
           FROM new_rows n JOIN old_rows d ON d.id = n.id
          WHERE (n.status, n.name, n.kind, n.geometry, n.modes, n.planning_stage, n.municipality,
                 n.description, n.responsible_body, n.external_refs, n.network_refs, n.planning)
                IS DISTINCT FROM (d.status, d.name, d.kind, d.geometry, d.modes, d.planning_stage, d.municipality,
                 d.description, d.responsible_body, d.external_refs, d.network_refs, d.planning);
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION notify_object_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('flaskhals_object_changed', n.arena_id || ':' || n.id)
           FROM new_rows n JOIN old_rows d ON d.id = n.id
          WHERE (n.status, n.name, n.kind, n.geometry, n.modes, n.planning_stage, n.municipality)
                IS DISTINCT FROM (d.status, d.name, d.kind, d.geometry, d.modes, d.planning_stage, d.municipality);
        RETURN NULL;
      END $$`);
    await db.query(`DROP INDEX infrastructure_object_municipality_codes_idx`);
    await db.query(`ALTER TABLE infrastructure_object DROP COLUMN planning, DROP COLUMN network_refs,
      DROP COLUMN municipality_by_hand, DROP COLUMN municipality_codes`);
  }
}
