import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search over the whole arena (issue 16): precomputed search columns, kept right by PostgreSQL
 * itself (STORED generated columns: every write path — app, seed, bench data, SQL — fills them).
 *
 * - `search_document` (tsvector, `swedish` configuration, which stems: "hamnar" finds "hamn") on
 *   objects (name A, search_text B — name, municipality, references, network labels —,
 *   description C), reports (title A, problem and proposed measure B) and comments (body).
 * - `search_plain` on objects: search_text without accents, for trigrams (compounds, accents,
 *   typos: "hamn" finds "Västeråshamnen", "koping" finds "Köping"). Accents stay in the tsvector:
 *   unaccent would turn "här" into "har" there (shared/STACK.md "Swedish full text").
 *
 * unaccent() is only STABLE (its dictionary could change); a generated column needs an IMMUTABLE
 * function, so flaskhals_unaccent pins the dictionary, the usual wrapper.
 */
export class ArenaSearch1766000100000 implements MigrationInterface {
  name = 'ArenaSearch1766000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE OR REPLACE FUNCTION flaskhals_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await db.query(`ALTER TABLE infrastructure_object
      ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish'::regconfig, name), 'A')
        || setweight(to_tsvector('swedish'::regconfig, search_text), 'B')
        || setweight(to_tsvector('swedish'::regconfig, coalesce(description, '')), 'C')) STORED,
      ADD COLUMN search_plain text GENERATED ALWAYS AS (flaskhals_unaccent(search_text)) STORED`);
    await db.query(`CREATE INDEX infrastructure_object_search_document_idx ON infrastructure_object USING gin (search_document)`);
    await db.query(`CREATE INDEX infrastructure_object_search_plain_idx ON infrastructure_object USING gin (search_plain gin_trgm_ops)`);
    await db.query(`ALTER TABLE report
      ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish'::regconfig, title), 'A')
        || setweight(to_tsvector('swedish'::regconfig, problem || ' ' || coalesce(proposed_measure, '')), 'B')) STORED`);
    await db.query(`CREATE INDEX report_search_document_idx ON report USING gin (search_document)`);
    await db.query(`ALTER TABLE comment
      ADD COLUMN search_document tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, body)) STORED`);
    await db.query(`CREATE INDEX comment_search_document_idx ON comment USING gin (search_document) WHERE hidden_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE comment DROP COLUMN search_document`);
    await db.query(`ALTER TABLE report DROP COLUMN search_document`);
    await db.query(`ALTER TABLE infrastructure_object DROP COLUMN search_document, DROP COLUMN search_plain`);
    await db.query(`DROP FUNCTION flaskhals_unaccent(text)`);
  }
}
