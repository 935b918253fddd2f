import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a GeoJSON geometry (jsonb, WGS84, as stored) meets a box, with PostgreSQL's own geometric
 * types (no PostGIS): a point inside it; a line with its first vertex inside or a segment crossing
 * its edge (path ?# path); a polygon's outer ring overlapping it (polygon && polygon, which tests
 * the shapes, not their boxes; a view wholly inside a hole still counts). The register's list uses
 * it for objects whose bbox reaches over the view's edge (objects.repository.ts objectConditions).
 */
export class ObjectsInView1766000010000 implements MigrationInterface {
  name = 'ObjectsInView1766000010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION geojson_path(coordinates jsonb, closed boolean) RETURNS path
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT (CASE WHEN closed THEN '(' ELSE '[' END
                || string_agg('(' || (c ->> 0) || ',' || (c ->> 1) || ')', ',' ORDER BY i)
                || CASE WHEN closed THEN ')' ELSE ']' END)::path
          FROM jsonb_array_elements(coordinates) WITH ORDINALITY AS p(c, i)
      $$`);
    await db.query(`CREATE FUNCTION geojson_part_intersects_box(kind text, coordinates jsonb, view box) RETURNS boolean
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE kind
          WHEN 'Point' THEN point((coordinates ->> 0)::float8, (coordinates ->> 1)::float8) <@ view
          WHEN 'LineString' THEN point((coordinates -> 0 ->> 0)::float8, (coordinates -> 0 ->> 1)::float8) <@ view
                              OR geojson_path(coordinates, false) ?# path(polygon(view))
          WHEN 'Polygon' THEN polygon(geojson_path(coordinates -> 0, true)) && polygon(view)
          ELSE false
        END
      $$`);
    await db.query(`CREATE FUNCTION geojson_intersects_box(geometry jsonb, view box) RETURNS boolean
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
        SELECT CASE WHEN geometry ->> 'type' LIKE 'Multi%'
          THEN EXISTS (SELECT 1 FROM jsonb_array_elements(geometry -> 'coordinates') part
                        WHERE geojson_part_intersects_box(substr(geometry ->> 'type', 6), part, view))
          ELSE geojson_part_intersects_box(geometry ->> 'type', geometry -> 'coordinates', view)
        END
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION geojson_intersects_box(jsonb, box)`);
    await db.query(`DROP FUNCTION geojson_part_intersects_box(text, jsonb, box)`);
    await db.query(`DROP FUNCTION geojson_path(jsonb, boolean)`);
  }
}
