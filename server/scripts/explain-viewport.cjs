// Prints the plan of the viewport query over 100,000 synthetic objects (inserted in a scratch arena and removed after).
// Usage: start the server (npm start), then: node server/scripts/explain-viewport.cjs  (DATABASE_URL for another server)
const { Client } = require('pg');
(async () => {
  const c = new Client(process.env.DATABASE_URL || 'postgresql://flaskhals:flaskhals-local@127.0.0.1:54329/flaskhals');
  await c.connect();
  await c.query(
    `INSERT INTO arena (slug, name, map_center_lng, map_center_lat, map_zoom) VALUES ('explain', 'Explain', 16, 59, 7) ON CONFLICT DO NOTHING`,
  );
  const {
    rows: [a],
  } = await c.query(`SELECT id FROM arena WHERE slug='explain'`);
  await c.query(`DELETE FROM infrastructure_object WHERE arena_id=$1`, [a.id]);
  await c.query(
    `INSERT INTO infrastructure_object (arena_id, name, kind, geometry, bbox, modes, external_refs, status, search_text)
     SELECT $1, 'Objekt ' || i, 'ROAD', jsonb_build_object('type','Point','coordinates', jsonb_build_array(lng, lat)), box(point(lng,lat), point(lng,lat)), '{ROAD}', '{}', 'REPORTED', 'objekt ' || i
     FROM (SELECT i, 11 + random()*12 AS lng, 55 + random()*14 AS lat FROM generate_series(1, 100000) i) g`,
    [a.id],
  );
  await c.query('ANALYZE infrastructure_object');
  const q = `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT o.id, o.name FROM infrastructure_object o
     WHERE o.arena_id = $1 AND o.bbox && '((15.4,59.2),(17.0,60.2))'::box AND o.kind IN ('ROAD','PORT') AND o.status IN ('REPORTED','CONFIRMED')
     ORDER BY o.name, o.id LIMIT 501`;
  const r = await c.query(q, [a.id]);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  await c.query(`DELETE FROM infrastructure_object WHERE arena_id=$1`, [a.id]);
  await c.query(`DELETE FROM arena WHERE id=$1`, [a.id]);
  await c.end();
})();
