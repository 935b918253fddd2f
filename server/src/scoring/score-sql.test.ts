import { DEFAULT_SCORE_WEIGHTS, scaleOf, scoreObject, type ScoreWeights } from '@flaskhals/shared';

import { createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { ScoringRepository } from './scoring.repository';

let f: RunningFlaskhals;
afterAll(() => f?.stop());

/**
 * The ranking scores in SQL (score-sql.ts), single objects and the breakdowns with the shared
 * formula: on 3,000 varied objects (every kind of judgement, missing ones, examined steps, the
 * freight network, zero and huge figures) both must give the same score and the same order.
 */
it('the SQL formula agrees with shared/src/scoring.ts on 3,000 objects and several weightings', async () => {
  f = await startFlaskhals();
  const a = await createArena(f, 'score-sql', ['Jämförelsebolaget AB']);
  await f.db.query(
    `INSERT INTO infrastructure_object (arena_id, name, kind, geometry, bbox, modes, external_refs, status, search_text, planning, network_refs)
     SELECT $1, 'Objekt ' || g, (ARRAY['PORT','ROAD','RAIL_SEGMENT','TERMINAL','BRIDGE'])[1 + g % 5],
       '{"type":"Point","coordinates":[16.5,59.6]}', box(point(16.5,59.6), point(16.5,59.6)), '{ROAD}', '{}', 'CONFIRMED', 'objekt',
       jsonb_strip_nulls(jsonb_build_object(
         'severity', CASE WHEN g % 4 = 0 THEN NULL ELSE g % 6 END,
         'strategicFit', CASE WHEN g % 5 = 0 THEN NULL ELSE (g / 7) % 6 END,
         'fourStepClass', (ARRAY[NULL, 'RETHINK', 'OPTIMISE', 'REBUILD', 'BUILD_NEW'])[1 + g % 5],
         'stepsOneTwoExamined', g % 3 = 0)),
       CASE WHEN g % 11 = 0 THEN '[{"type":"ROAD","road":"E18","freightPriority":true}]'::jsonb
            WHEN g % 13 = 0 THEN '[{"type":"PORT","name":"Hamnen"}]'::jsonb
            WHEN g % 17 = 0 THEN '[{"type":"ROAD","road":"väg 56","freightPriority":false}]'::jsonb ELSE '[]'::jsonb END
     FROM generate_series(1, 3000) g`,
    [a.arena.id],
  );
  // Totals straight into object_totals (the triggers' table); a third of the objects have none at all.
  await f.db.query(
    `INSERT INTO object_totals (object_id, members_delay_hours_per_week, members_extra_cost_sek_per_year, members_freight_tonnes_per_year, members_organizations, members_reports)
     SELECT id, CASE WHEN random() < 0.2 THEN 0 ELSE random() * 200 END, random() ^ 4 * 5e8, random() * 1e6, 1 + (random() * 6)::int, 1
     FROM infrastructure_object WHERE arena_id = $1 AND random() < 0.67`,
    [a.arena.id],
  );
  const repository = f.app.get(ScoringRepository);
  const inputs = await repository.rankedInputs(a.arena.id, 'members');
  expect(inputs).toHaveLength(3000);
  const scale = scaleOf(inputs);
  const weightings: ScoreWeights[] = [
    DEFAULT_SCORE_WEIGHTS,
    { ECONOMIC_IMPACT: 10, BREADTH: 0, SEVERITY: 1, STRATEGIC_FIT: 0, FREIGHT: 3, REALISM: 7 },
    { ECONOMIC_IMPACT: 0, BREADTH: 0, SEVERITY: 0, STRATEGIC_FIT: 0, FREIGHT: 0, REALISM: 1 },
  ];
  for (const weights of weightings) {
    const shared = new Map(inputs.map((row) => [row.id, scoreObject(row, scale, weights).score]));
    const page = await repository.rankedPage(a.arena.id, 'members', weights, 5000, 0);
    expect(page).toHaveLength(3000);
    expect(page[0].total).toBe(3000);
    expect(page[0].scale).toEqual(scale);
    for (const row of page) expect(row.sqlScore).toBeCloseTo(shared.get(row.inputs.id)!, 9);
    // The SQL order is the shared scores' order (within rounding for near ties).
    const ordered = page.map((row) => shared.get(row.inputs.id)!);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]).toBeLessThanOrEqual(ordered[i - 1] + 1e-9);
  }
}, 120_000);
