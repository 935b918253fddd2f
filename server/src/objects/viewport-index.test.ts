import { createArena } from '../../test/fixtures';
import { startFlaskhals, type RunningFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  const { arena } = await createArena(flaskhals, 'index', []);
  // 20,000 small objects over Sweden, enough that the planner prefers the index as in production.
  await flaskhals.db.query(
    `INSERT INTO infrastructure_object (arena_id, name, kind, geometry, bbox, modes, external_refs, status, search_text)
     SELECT $1, 'Objekt ' || i, 'ROAD', jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(lng, lat)),
            box(point(lng, lat), point(lng, lat)), '{ROAD}', '{}', 'REPORTED', 'objekt ' || i
       FROM (SELECT i, 11 + random() * 12 AS lng, 55 + random() * 14 AS lat FROM generate_series(1, 20000) i) AS g`,
    [arena.id],
  );
  await flaskhals.db.query('ANALYZE infrastructure_object');
});
afterAll(() => flaskhals.stop());

it('answers the viewport query with the GiST index on bbox', async () => {
  const plan: { 'QUERY PLAN': string }[] = await flaskhals.db.query(
    `EXPLAIN SELECT id FROM infrastructure_object o
      WHERE o.arena_id = (SELECT id FROM arena WHERE slug = 'index') AND o.bbox && '((16.0,59.4),(16.8,59.8))'::box
      ORDER BY o.name, o.id LIMIT 501`,
  );
  const text = plan.map((row) => row['QUERY PLAN']).join('\n');
  expect(text).toMatch(/infrastructure_object_bbox_idx/);
  expect(text).not.toMatch(/Seq Scan on infrastructure_object/);
});

it('answers the text search with the trigram index', async () => {
  const plan: { 'QUERY PLAN': string }[] = await flaskhals.db.query(`EXPLAIN SELECT id FROM infrastructure_object WHERE search_text LIKE '%objekt 1234%'`);
  expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/infrastructure_object_search_idx/);
});
