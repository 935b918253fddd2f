import fc from 'fast-check';

import { type ArenaFixture, createArena, rowCounts } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

/** `npm run fuzz` sets FUZZ_RUNS=10000; `npm test` runs a short pass. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
let reportIds: string[] = [];

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'fuzz', ['Provåkeriet AB', 'Demostål AB', 'Exempelskog AB']);
});
afterAll(() => flaskhals.stop());

async function post(body: unknown, as = fixture.asMember[0]): Promise<{ status: number; json: any }> {
  const response = await fetch(`${flaskhals.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: as.cookie! },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

// --- Generators: mostly plausible values, often replaced by something hostile. ---
const edgyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(
    '',
    '   ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '🚛💨',
    '<script>alert(1)</script>',
    "'; DROP TABLE report; --",
    '%_\\',
    'Ångström Ä Ö',
  ),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);
const deepJson = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.string(), tie('node'), { maxKeys: 3 }),
  ),
})).node;
const veryDeep = fc.integer({ min: 10, max: 300 }).map((depth) => {
  let v: unknown = [16, 59];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
});
const coordinate = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, -0, 180, -180, 90, -90, 1e308, -1e308),
  fc.string(),
  fc.constant(null),
);
const position = fc.oneof(
  fc.tuple(fc.double({ min: 11, max: 24, noNaN: true }), fc.double({ min: 55, max: 69, noNaN: true })),
  fc.array(coordinate, { maxLength: 4 }),
);
const geometry = fc.oneof(
  position.map((c) => ({ type: 'Point', coordinates: c })),
  fc.array(position, { maxLength: 30 }).map((c) => ({ type: 'LineString', coordinates: c })),
  fc.array(fc.array(position, { maxLength: 8 }), { maxLength: 3 }).map((c) => ({ type: 'Polygon', coordinates: c })),
  fc.array(position, { minLength: 3, maxLength: 8 }).map((ring) => ({ type: 'Polygon', coordinates: [[...ring, ring[0]]] })),
  fc
    .constantFrom('MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection', 'Feature', 'point')
    .chain((type) => deepJson.map((coordinates) => ({ type, coordinates }))),
  fc
    .integer({ min: 10_001, max: 20_000 })
    .map((n) => ({ type: 'LineString', coordinates: Array.from({ length: n }, (_, i) => [16 + i * 1e-5, 59]) })),
  veryDeep.map((coordinates) => ({ type: 'MultiPolygon', coordinates })),
  deepJson,
);
const figure = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(-1, 1e300, 0.5),
  fc.string(),
  fc.constant(null),
);
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: edgyText });
const kinds = fc.constantFrom('PORT', 'ROAD', 'RAIL_SEGMENT', 'TERMINAL');

const reportInput = () =>
  fc.record(
    {
      arenaId: fc.oneof({ weight: 5, arbitrary: fc.constant(fixture.arena.id) }, fc.uuid(), edgyText),
      visibility: fc.oneof(fc.constantFrom('ORGANIZATION', 'MEMBERS', 'PUBLIC', null), edgyText),
      objectId: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.uuid(), edgyText),
      newObject: fc.oneof(
        {
          weight: 5,
          arbitrary: fc.record(
            {
              name: maybe(fc.string({ minLength: 2, maxLength: 50 })),
              kind: fc.oneof(kinds, fc.constant('CASTLE')),
              geometry,
              modes: maybe(fc.constant(['ROAD'])),
              description: maybe(fc.string()),
              externalRefs: maybe(fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 })),
            },
            { requiredKeys: [] },
          ),
        },
        fc.constant(null),
        fc.anything(),
      ),
      title: maybe(fc.string({ minLength: 3, maxLength: 60 })),
      problem: maybe(fc.string({ minLength: 1, maxLength: 60 })),
      category: fc.oneof(fc.constantFrom('CAPACITY', 'SAFETY'), fc.string()),
      impact: maybe(
        fc.record({ delayHoursPerWeek: figure, extraCostSekPerYear: figure, freightTonnesPerYear: figure }, { requiredKeys: [] }),
      ),
      proposedMeasure: maybe(fc.string({ maxLength: 100 })),
      idempotencyKey: fc.oneof(fc.constant(null), fc.uuid(), edgyText),
    },
    { requiredKeys: [] },
  );

const REPORT = 'mutation($input: ReportBottleneckInput!) { reportBottleneck(input: $input) { report { id } object { id } } }';
const SUPPORT = 'mutation($input: SupportReportInput!) { supportReport(input: $input) { support { id } } }';

/** Never a 500, never an unexpected error, never a partial write. */
function checkOutcome(status: number, json: any, before: Record<string, number>, after: Record<string, number>, onSuccess: () => void) {
  expect([200, 400]).toContain(status);
  if (json.errors) {
    for (const error of json.errors) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(after).toEqual(before);
  } else {
    onSuccess();
  }
}

it(`reportBottleneck: ${RUNS} generated inputs give BAD_USER_INPUT or a complete write`, async () => {
  await fc.assert(
    fc.asyncProperty(reportInput(), async (input) => {
      const before = await rowCounts(flaskhals.db);
      const { status, json } = await post({ query: REPORT, variables: { input } });
      const after = await rowCounts(flaskhals.db);
      checkOutcome(status, json, before, after, () => {
        reportIds.push(json.data.reportBottleneck.report.id);
        const replayed = input.idempotencyKey && after.report === before.report;
        if (!replayed) expect(after.report).toBe(before.report + 1);
        expect(after.infrastructure_object - before.infrastructure_object).toBe(input.objectId || replayed ? 0 : 1);
      });
    }),
    { numRuns: RUNS },
  );
  const orphans = await flaskhals.db.query(
    `SELECT count(*)::int AS n FROM infrastructure_object o WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.object_id = o.id)`,
  );
  expect(orphans[0].n).toBe(0);
}, 600_000);

it(`supportReport: ${RUNS} generated inputs give BAD_USER_INPUT or a complete write`, async () => {
  if (reportIds.length === 0) {
    const seed = await post({
      query: REPORT,
      variables: {
        input: {
          arenaId: fixture.arena.id,
          title: 'Fuzzad rapport',
          problem: 'x',
          category: 'CAPACITY',
          impact: { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
          newObject: { name: 'Fuzzobjekt', kind: 'PORT', modes: ['SEA'], geometry: { type: 'Point', coordinates: [16, 59] } },
        },
      },
    });
    reportIds = [seed.json.data.reportBottleneck.report.id];
  }
  const input = fc.record(
    {
      reportId: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...reportIds) }, fc.uuid(), edgyText),
      comment: maybe(fc.string({ maxLength: 100 })),
      impact: maybe(
        fc.record({ delayHoursPerWeek: figure, extraCostSekPerYear: figure, freightTonnesPerYear: figure }, { requiredKeys: [] }),
      ),
      idempotencyKey: fc.oneof(fc.constant(null), fc.uuid(), edgyText),
    },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(input, async (support) => {
      const before = await rowCounts(flaskhals.db);
      const { status, json } = await post(
        { query: SUPPORT, variables: { input: support } },
        fixture.asMember[1 + (typeof support.comment === 'string' ? support.comment.length % 2 : 0)],
      );
      const after = await rowCounts(flaskhals.db);
      checkOutcome(status, json, before, after, () => {
        expect(after.support - before.support).toBe(support.idempotencyKey ? after.support - before.support : 1);
        expect(after.report).toBe(before.report);
      });
    }),
    { numRuns: RUNS },
  );
}, 600_000);

it('a request body over the size limit is refused with 413, not a server error', async () => {
  const response = await fetch(`${flaskhals.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ arena { id } }', variables: { x: 'x'.repeat(3_000_000) } }),
  });
  expect(response.status).toBe(413);
});
