import { randomUUID } from 'node:crypto';

import { LIMITS, MAX_GEOMETRY_VERTICES } from '@flaskhals/shared';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION, rowCounts, SUPPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
let otherArena: ArenaFixture;
let existingReportId: string;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'bad-input', ['Provåkeriet AB', 'Demostål AB']);
  otherArena = await createArena(flaskhals, 'other', ['Annan arenas bolag AB']);
  const res = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture) });
  existingReportId = res.data!.reportBottleneck.report.id;
});
afterAll(() => flaskhals.stop());

const longLine = (n: number) => ({ type: 'LineString', coordinates: Array.from({ length: n }, (_, i) => [16 + i / 100000, 59.5]) });

type Case = [name: string, input: () => Record<string, unknown>, field: string];
const reportCases: Case[] = [
  [
    'geometry of an unknown type',
    () => newObjectReport(fixture, {}, { geometry: { type: 'Circle', coordinates: [16, 59] } }),
    'newObject.geometry.type',
  ],
  ['geometry that is not GeoJSON', () => newObjectReport(fixture, {}, { geometry: 'POINT(16 59)' }), 'newObject.geometry'],
  ['missing geometry', () => newObjectReport(fixture, {}, { geometry: null }), 'newObject.geometry'],
  [
    'longitude out of range',
    () => newObjectReport(fixture, {}, { geometry: { type: 'Point', coordinates: [190, 59] } }),
    'newObject.geometry.coordinates.0',
  ],
  [
    'latitude out of range',
    () => newObjectReport(fixture, {}, { geometry: { type: 'Point', coordinates: [16, -95] } }),
    'newObject.geometry.coordinates.1',
  ],
  [
    'polygon ring not closed',
    () =>
      newObjectReport(
        fixture,
        {},
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [16, 59],
                [16.1, 59],
                [16.1, 59.1],
                [16, 59.2],
              ],
            ],
          },
        },
      ),
    'newObject.geometry.coordinates.0',
  ],
  [
    'line with one position',
    () => newObjectReport(fixture, {}, { geometry: { type: 'LineString', coordinates: [[16, 59]] } }),
    'newObject.geometry.coordinates',
  ],
  ['too many vertices', () => newObjectReport(fixture, {}, { geometry: longLine(MAX_GEOMETRY_VERTICES + 1) }), 'newObject.geometry'],
  [
    'coordinates that are strings',
    () => newObjectReport(fixture, {}, { geometry: { type: 'Point', coordinates: ['16', '59'] } }),
    'newObject.geometry.coordinates.0',
  ],
  ['missing title', () => newObjectReport(fixture, { title: null }), 'title'],
  ['blank title', () => newObjectReport(fixture, { title: '   ' }), 'title'],
  ['over-long title', () => newObjectReport(fixture, { title: 'x'.repeat(LIMITS.titleMax + 1) }), 'title'],
  ['over-long problem', () => newObjectReport(fixture, { problem: 'x'.repeat(LIMITS.descriptionMax + 1) }), 'problem'],
  ['over-long object name', () => newObjectReport(fixture, {}, { name: 'x'.repeat(LIMITS.nameMax + 1) }), 'newObject.name'],
  [
    'missing impact figure',
    () => newObjectReport(fixture, { impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 1 } }),
    'impact.freightTonnesPerYear',
  ],
  [
    'negative delay',
    () => newObjectReport(fixture, { impact: { delayHoursPerWeek: -1, extraCostSekPerYear: 1, freightTonnesPerYear: 1 } }),
    'impact.delayHoursPerWeek',
  ],
  [
    'fractional SEK',
    () => newObjectReport(fixture, { impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 1.5, freightTonnesPerYear: 1 } }),
    'impact.extraCostSekPerYear',
  ],
  ['missing impact', () => newObjectReport(fixture, { impact: null }), 'impact'],
  ['no transport mode', () => newObjectReport(fixture, {}, { modes: [] }), 'newObject.modes'],
  ['neither object nor new object', () => newObjectReport(fixture, { newObject: null }), 'objectId'],
  ['both object and new object', () => newObjectReport(fixture, { objectId: randomUUID() }), 'newObject'],
  ['unknown object id', () => newObjectReport(fixture, { newObject: null, objectId: randomUUID() }), 'objectId'],
  ['malformed object id', () => newObjectReport(fixture, { newObject: null, objectId: 'not-a-uuid' }), 'objectId'],
  ['unknown visibility', () => newObjectReport(fixture, { visibility: 'SECRET' }), 'input.visibility'],
  ['unknown enum value', () => newObjectReport(fixture, { category: 'TRAFFIC_JAM' }), 'input.category'],
  ['unknown object kind', () => newObjectReport(fixture, {}, { kind: 'CASTLE' }), 'input.newObject.kind'],
  ['number where text belongs', () => newObjectReport(fixture, { title: 12345 }), 'input.title'],
  ['NUL in a text', () => newObjectReport(fixture, { problem: 'Köer\u0000 vid grinden' }), 'problem'],
  ['half of a surrogate pair in a title', () => newObjectReport(fixture, { title: 'Trång \ud800infart' }), 'title'],
  ['a lone low surrogate in an object name', () => newObjectReport(fixture, {}, { name: 'Hamn \udc00' }), 'newObject.name'],
];

describe('reportBottleneck refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', () => {
  it.each(reportCases)('%s', async (_name, input, field) => {
    const before = await rowCounts(flaskhals.db);
    const res = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: input() });
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe(field);
    expect(await rowCounts(flaskhals.db)).toEqual(before);
  });

  it("refuses a report on another arena's object", async () => {
    const theirs = await otherArena.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(otherArena, {}, { name: 'Deras hamn' }),
    });
    const objectId = theirs.data!.reportBottleneck.object.id;
    const before = await rowCounts(flaskhals.db);
    const res = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, { newObject: null, objectId }) });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objectId' });
    expect(await rowCounts(flaskhals.db)).toEqual(before);
  });
});

const impact = { delayHoursPerWeek: 1, extraCostSekPerYear: 1, freightTonnesPerYear: 1 };
const supportCases: Case[] = [
  ['unknown report', () => ({ reportId: randomUUID(), impact }), 'reportId'],
  ['malformed report id', () => ({ reportId: 'x', impact }), 'reportId'],
  [
    'negative tonnes',
    () => ({ reportId: existingReportId, impact: { ...impact, freightTonnesPerYear: -5 } }),
    'impact.freightTonnesPerYear',
  ],
  ['over-long comment', () => ({ reportId: existingReportId, impact, comment: 'x'.repeat(LIMITS.measureMax + 1) }), 'comment'],
];

describe('supportReport refuses bad input and writes nothing', () => {
  it.each(supportCases)('%s', async (_name, input, field) => {
    const before = await rowCounts(flaskhals.db);
    const res = await fixture.asMember[1].graphql(SUPPORT_MUTATION, { input: input() });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCounts(flaskhals.db)).toEqual(before);
  });
});

describe('queries refuse bad arguments', () => {
  it.each([
    ['bbox with three numbers', { bbox: [1, 2, 3] }, 'filter.bbox'],
    ['bbox out of range', { bbox: [-200, 0, 10, 10] }, 'filter.bbox'],
    ['bbox with min after max', { bbox: [17, 59, 16, 60] }, 'filter.bbox'],
    ['unknown arena', { arenaId: randomUUID() }, 'filter.arenaId'],
    ['over-long search', { search: 'x'.repeat(500) }, 'filter.search'],
  ])('objects: %s', async (_name, filter, field) => {
    const res = await fixture.asMember[0].graphql(`query($f: ObjectFilter) { objects(filter: $f) { totalCount } }`, {
      f: { arenaId: fixture.arena.id, ...filter },
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('objects: a cursor it did not give out', async () => {
    const res = await fixture.asMember[0].graphql(
      `query($a: String) { objects(after: $a, filter: { arenaId: "${fixture.arena.id}" }) { totalCount } }`,
      { a: 'garbage' },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('objects: a page larger than the limit', async () => {
    const res = await fixture.asMember[0].graphql(
      `query { objects(first: 1001, filter: { arenaId: "${fixture.arena.id}" }) { totalCount } }`,
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('nearbyObjects: an invalid geometry and a radius out of range', async () => {
    const query = `query($g: JSON!, $r: Int, $a: ID) { nearbyObjects(geometry: $g, radiusMeters: $r, arenaId: $a) { distanceMeters } }`;
    const badGeometry = await fixture.asMember[0].graphql(query, { g: { type: 'Point', coordinates: [500, 0] }, a: fixture.arena.id });
    expect(badGeometry.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'geometry.coordinates.0' });
    const badRadius = await fixture.asMember[0].graphql(query, { g: { type: 'Point', coordinates: [16, 59] }, r: -5, a: fixture.arena.id });
    expect(badRadius.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusMeters' });
  });
});
