import { createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import type { Sql } from '../common/database/sql';
import { sortedPageStatement } from './object-sort';
import { objectConditions, objectStatements, pageSelectList } from './objects.repository';

let flaskhals: RunningFlaskhals;
let arenaId: string;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  const { arena } = await createArena(flaskhals, 'index', []);
  arenaId = arena.id;
  // 20,000 small objects over Sweden, enough that the planner prefers the index as in production.
  await flaskhals.db.query(
    `INSERT INTO infrastructure_object (arena_id, name, kind, geometry, bbox, modes, external_refs, status, search_text)
     SELECT $1, 'Objekt ' || i, 'ROAD', jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(lng, lat)),
            box(point(lng, lat), point(lng, lat)), '{ROAD}', '{}', 'REPORTED', 'objekt ' || i
       FROM (SELECT i, 11 + random() * 12 AS lng, 55 + random() * 14 AS lat FROM generate_series(1, 20000) i) AS g`,
    [arena.id],
  );
  // As autovacuum leaves a table in steady state: the visibility map lets scans skip the heap. A
  // VACUUM cannot mark pages all-visible while a transaction of this database that began before the
  // insert is still open (the app's own background work, now and then), so it runs until it could.
  for (let attempt = 0; ; attempt++) {
    await flaskhals.db.query('VACUUM ANALYZE infrastructure_object');
    const [{ visible }] = await flaskhals.db.query(
      `SELECT relallvisible >= relpages AS visible FROM pg_class WHERE relname = 'infrastructure_object'`,
    );
    if (visible) break;
    if (attempt === 50) throw new Error('VACUUM could not mark infrastructure_object all-visible in 50 tries');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

async function plan(statement: Sql): Promise<string> {
  const { text, values } = statement.toQuery();
  const rows: { 'QUERY PLAN': string }[] = await flaskhals.db.query(`EXPLAIN ${text}`, values);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

it("counts and pages the map's list in one scan of the bbox index alone, reading the heap only for wide columns of the page", async () => {
  const filter = { bbox: [16.0, 59.4, 16.8, 59.8], kinds: ['ROAD' as const], statuses: ['REPORTED' as const] };
  // As the list asks: objects whose geometry is in view, tested on the geometry only for those reaching over the edge.
  const conditions = objectConditions(arenaId, 'members', filter, { inView: true });
  expect(await plan(objectStatements.count(conditions))).toMatch(/Index Only Scan using infrastructure_object_bbox_idx/);

  const narrowPlan = await plan(
    objectStatements.page({
      conditions,
      cursor: null,
      limit: 501,
      fields: new Set(['id', 'name', 'kind', 'status', 'totalImpact']),
      audience: 'members',
      withTotalCount: true,
    }),
  );
  expect(narrowPlan.match(/Index Only Scan using infrastructure_object_bbox_idx/g)).toHaveLength(1);
  expect(narrowPlan).toMatch(/WindowAgg/);
  expect(narrowPlan).not.toMatch(/Seq Scan on infrastructure_object|Bitmap Heap Scan on infrastructure_object/);

  const widePlan = await plan(
    objectStatements.page({
      conditions,
      cursor: ['Objekt 1', '00000000-0000-4000-8000-000000000000'],
      limit: 501,
      fields: new Set(['id', 'geometry', 'municipality']),
      audience: 'members',
      withTotalCount: true,
    }),
  );
  expect(widePlan.match(/Index Only Scan using infrastructure_object_bbox_idx/g)).toHaveLength(1);
  expect(widePlan).toMatch(/Index Scan using infrastructure_object_pkey/);
});

it('answers the text search with the trigram index', async () => {
  const plan: { 'QUERY PLAN': string }[] = await flaskhals.db.query(
    `EXPLAIN SELECT id FROM infrastructure_object WHERE search_text LIKE '%objekt 1234%'`,
  );
  expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/infrastructure_object_search_idx/);
});

it("pages the register by name either way on the Swedish name index, and by a figure with one top-N sort over the arena's objects", async () => {
  // Totals as reports would leave them, so the figure's order has something to sort.
  await flaskhals.db.query(
    `INSERT INTO object_totals (object_id, members_extra_cost_sek_per_year, public_extra_cost_sek_per_year)
     SELECT id, round(random() * 1e6), round(random() * 1e5) FROM infrastructure_object WHERE arena_id = $1 ON CONFLICT DO NOTHING`,
    [arenaId],
  );
  await flaskhals.db.query('ANALYZE object_totals');
  const page = (field: 'NAME' | 'SEK', direction: 'ASC' | 'DESC', filter = {}) =>
    plan(
      sortedPageStatement({
        conditions: objectConditions(arenaId, 'members', filter, { inView: true }),
        sort: { field, direction },
        audience: 'members',
        cursor: null,
        limit: 51,
        ...pageSelectList(new Set(['id', 'name', 'totalImpact']), 'members'),
      }),
    );
  const byNameDown = await page('NAME', 'DESC');
  // The page is the first 51 rows of the index read backward; only those 51 are put in order again after the join.
  expect(byNameDown).toMatch(/Limit .*\n\s*-> {2}Index Scan Backward using infrastructure_object_arena_name_idx/);
  // By a figure: the objects that pass the filter (here a view, on the bbox index) joined to their
  // totals, and the page kept by a top-N sort; the wide columns read for its rows only.
  const bySek = await page('SEK', 'DESC', { bbox: [16.0, 59.4, 16.8, 59.8] });
  expect(bySek).toMatch(/Limit .*\n\s*-> {2}Sort .*\n\s*Sort Key: \(COALESCE\(t_1\.members_extra_cost_sek_per_year/);
  expect(bySek).toMatch(/Index Only Scan using infrastructure_object_bbox_idx/);
  expect(bySek).not.toMatch(/Seq Scan on infrastructure_object/);
});
