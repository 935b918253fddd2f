import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Arenas, organizations, infrastructure objects with an indexed bbox, reports and supports. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE arena (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL CONSTRAINT arena_slug_key UNIQUE,
        name varchar(200) NOT NULL,
        description text,
        map_center_lng double precision NOT NULL,
        map_center_lat double precision NOT NULL,
        map_zoom smallint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        kind varchar(40) NOT NULL,
        municipality varchar(200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE arena_membership (
        arena_id uuid NOT NULL REFERENCES arena(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (arena_id, organization_id)
      )`);
    await db.query(`CREATE INDEX arena_membership_organization_idx ON arena_membership (organization_id)`);
    await db.query(`
      CREATE TABLE infrastructure_object (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id),
        name varchar(200) NOT NULL,
        kind varchar(40) NOT NULL,
        description text,
        geometry jsonb NOT NULL,
        bbox box NOT NULL,
        modes varchar(10)[] NOT NULL,
        responsible_body varchar(200),
        municipality varchar(200),
        external_refs varchar(200)[] NOT NULL,
        status varchar(20) NOT NULL,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX infrastructure_object_bbox_idx ON infrastructure_object USING gist (bbox)`);
    await db.query(`CREATE INDEX infrastructure_object_search_idx ON infrastructure_object USING gin (search_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX infrastructure_object_arena_name_idx ON infrastructure_object (arena_id, name, id)`);
    await db.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id),
        object_id uuid NOT NULL REFERENCES infrastructure_object(id),
        organization_id uuid NOT NULL REFERENCES organization(id),
        title varchar(200) NOT NULL,
        problem text NOT NULL,
        category varchar(30) NOT NULL,
        delay_hours_per_week double precision NOT NULL,
        extra_cost_sek_per_year double precision NOT NULL,
        freight_tonnes_per_year double precision NOT NULL,
        proposed_measure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX report_object_idx ON report (object_id, created_at)`);
    await db.query(`CREATE INDEX report_arena_category_idx ON report (arena_id, category)`);
    await db.query(`
      CREATE TABLE support (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arena_id uuid NOT NULL REFERENCES arena(id),
        object_id uuid NOT NULL REFERENCES infrastructure_object(id),
        report_id uuid NOT NULL REFERENCES report(id),
        organization_id uuid NOT NULL REFERENCES organization(id),
        comment text,
        delay_hours_per_week double precision NOT NULL,
        extra_cost_sek_per_year double precision NOT NULL,
        freight_tonnes_per_year double precision NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX support_report_organization_key ON support (report_id, organization_id)`);
    await db.query(`CREATE INDEX support_object_idx ON support (object_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['support', 'report', 'infrastructure_object', 'arena_membership', 'organization', 'arena']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
