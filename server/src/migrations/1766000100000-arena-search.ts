import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search over the whole arena (issue 16): precomputed search columns, each with a GIN index, kept
 * right by BEFORE INSERT/UPDATE triggers, so every write path (app, seed, bench data, SQL) fills
 * them. (Plain columns with triggers rather than generated columns: TypeORM's schema comparison
 * tracks generated columns in a metadata table of its own, which this project does not use.)
 *
 * - `search_document` (tsvector, `swedish` configuration, which stems: "hamnar" finds "hamn") on
 *   objects (name A, search_text B — name, municipality, references, network labels —,
 *   description C), reports (title A, problem and proposed measure B) and comments (body).
 * - `search_plain` on objects: search_text without accents, for trigrams (compounds, accents,
 *   typos: "hamn" finds "Västeråshamnen", "koping" finds "Köping"). Accents stay in the tsvector:
 *   unaccent would turn "här" into "har" there (shared/STACK.md "Swedish full text").
 *
 * flaskhals_unaccent pins unaccent's dictionary (unaccent() itself is only STABLE) and names its
 * schema, so it also works under a restore's empty search_path.
 */
const OBJECT_DOCUMENT = (row: string) => `setweight(to_tsvector('swedish', ${row}.name), 'A')
  || setweight(to_tsvector('swedish', ${row}.search_text), 'B')
  || setweight(to_tsvector('swedish', coalesce(${row}.description, '')), 'C')`;
const REPORT_DOCUMENT = (row: string) => `setweight(to_tsvector('swedish', ${row}.title), 'A')
  || setweight(to_tsvector('swedish', ${row}.problem || ' ' || coalesce(${row}.proposed_measure, '')), 'B')`;
const COMMENT_DOCUMENT = (row: string) => `to_tsvector('swedish', ${row}.body)`;

export class ArenaSearch1766000100000 implements MigrationInterface {
  name = 'ArenaSearch1766000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE OR REPLACE FUNCTION flaskhals_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await db.query(`ALTER TABLE infrastructure_object ADD COLUMN search_document tsvector, ADD COLUMN search_plain text`);
    await db.query(
      `UPDATE infrastructure_object o SET search_document = ${OBJECT_DOCUMENT('o')}, search_plain = flaskhals_unaccent(o.search_text)`,
    );
    await db.query(`ALTER TABLE infrastructure_object ALTER COLUMN search_document SET NOT NULL, ALTER COLUMN search_plain SET NOT NULL`);
    await db.query(`CREATE FUNCTION flaskhals_object_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := ${OBJECT_DOCUMENT('NEW')};
        NEW.search_plain := public.flaskhals_unaccent(NEW.search_text);
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER infrastructure_object_search_columns BEFORE INSERT OR UPDATE OF name, search_text, description
      ON infrastructure_object FOR EACH ROW EXECUTE FUNCTION flaskhals_object_search_columns()`);
    await db.query(`CREATE INDEX infrastructure_object_search_document_idx ON infrastructure_object USING gin (search_document)`);
    await db.query(`CREATE INDEX infrastructure_object_search_plain_idx ON infrastructure_object USING gin (search_plain gin_trgm_ops)`);

    await db.query(`ALTER TABLE report ADD COLUMN search_document tsvector`);
    await db.query(`UPDATE report r SET search_document = ${REPORT_DOCUMENT('r')}`);
    await db.query(`ALTER TABLE report ALTER COLUMN search_document SET NOT NULL`);
    await db.query(`CREATE FUNCTION flaskhals_report_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := ${REPORT_DOCUMENT('NEW')};
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER report_search_columns BEFORE INSERT OR UPDATE OF title, problem, proposed_measure
      ON report FOR EACH ROW EXECUTE FUNCTION flaskhals_report_search_columns()`);
    await db.query(`CREATE INDEX report_search_document_idx ON report USING gin (search_document)`);

    await db.query(`ALTER TABLE comment ADD COLUMN search_document tsvector`);
    await db.query(`UPDATE comment c SET search_document = ${COMMENT_DOCUMENT('c')}`);
    await db.query(`ALTER TABLE comment ALTER COLUMN search_document SET NOT NULL`);
    await db.query(`CREATE FUNCTION flaskhals_comment_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := ${COMMENT_DOCUMENT('NEW')};
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER comment_search_columns BEFORE INSERT OR UPDATE OF body
      ON comment FOR EACH ROW EXECUTE FUNCTION flaskhals_comment_search_columns()`);
    await db.query(`CREATE INDEX comment_search_document_idx ON comment USING gin (search_document) WHERE hidden_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER comment_search_columns ON comment`);
    await db.query(`DROP FUNCTION flaskhals_comment_search_columns()`);
    await db.query(`ALTER TABLE comment DROP COLUMN search_document`);
    await db.query(`DROP TRIGGER report_search_columns ON report`);
    await db.query(`DROP FUNCTION flaskhals_report_search_columns()`);
    await db.query(`ALTER TABLE report DROP COLUMN search_document`);
    await db.query(`DROP TRIGGER infrastructure_object_search_columns ON infrastructure_object`);
    await db.query(`DROP FUNCTION flaskhals_object_search_columns()`);
    await db.query(`ALTER TABLE infrastructure_object DROP COLUMN search_document, DROP COLUMN search_plain`);
    await db.query(`DROP FUNCTION flaskhals_unaccent(text)`);
  }
}
