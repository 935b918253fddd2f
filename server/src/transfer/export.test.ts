import { OBJECT_COLUMNS } from '@flaskhals/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
const ids: Record<'harbour' | 'formula' | 'confidential' | 'area', string> = { harbour: '', formula: '', confidential: '', area: '' };

async function report(client: GraphQLClient, input: Record<string, unknown>): Promise<{ reportId: string; objectId: string }> {
  const res = await client.graphql(REPORT_MUTATION, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { reportId: res.data!.reportBottleneck.report.id, objectId: res.data!.reportBottleneck.object.id };
}

/** A polygon drawn clockwise (as many tools do): RFC 7946 wants its exterior counterclockwise. */
const CLOCKWISE_SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [16.6, 59.6],
      [16.6, 59.62],
      [16.62, 59.62],
      [16.62, 59.6],
      [16.6, 59.6],
    ],
  ],
};

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'utdata', ['Hamnbolaget i Västerås AB', 'Åkeri Öst AB']);
  const [hamn, akeri] = a.asMember;
  const harbour = await report(
    hamn,
    newObjectReport(a, { visibility: 'PUBLIC' }, { name: 'Västerås hamn, kaj 7', externalRefs: ['Kaj 7', 'E18'] }),
  );
  ids.harbour = harbour.objectId;
  const support = await akeri.graphql(SUPPORT_MUTATION, {
    input: { reportId: harbour.reportId, impact: { delayHoursPerWeek: 1.25, extraCostSekPerYear: 1000, freightTonnesPerYear: 10 } },
  });
  if (support.errors) throw new Error(JSON.stringify(support.errors));
  // Shared with members only: its figures count for members, not for visitors.
  await report(akeri, {
    ...newObjectReport(a, { visibility: 'MEMBERS', impact: { delayHoursPerWeek: 10, extraCostSekPerYear: 0, freightTonnesPerYear: 0 } }),
    newObject: undefined,
    objectId: ids.harbour,
  });
  ids.formula = (
    await report(
      akeri,
      newObjectReport(
        a,
        { visibility: 'MEMBERS', impact: { delayHoursPerWeek: 2.25, extraCostSekPerYear: 0, freightTonnesPerYear: 0 } },
        {
          name: '=1+1 Hamnväg',
          kind: 'ROAD',
          modes: ['ROAD'],
          geometry: point(16.4, 59.55),
        },
      ),
    )
  ).objectId;
  ids.confidential = (
    await report(hamn, newObjectReport(a, { visibility: 'ORGANIZATION' }, { name: 'Ödestugu terminal', kind: 'TERMINAL' }))
  ).objectId;
  ids.area = (
    await report(
      hamn,
      newObjectReport(a, { visibility: 'MEMBERS' }, { name: 'Bangården yta', kind: 'TERMINAL', geometry: CLOCKWISE_SQUARE }),
    )
  ).objectId;
});
afterAll(() => flaskhals.stop());

async function download(client: GraphQLClient | null, path: string): Promise<Response> {
  return fetch(`${flaskhals.url}/api/exports/${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
}

async function csvOf(client: GraphQLClient | null, query = '', delimiter = ';'): Promise<Record<string, string>[]> {
  const res = await download(client, `objects.csv?arena=${a.arena.id}${query}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return parse(text, { bom: true, delimiter, columns: true });
}

const named = (rows: Record<string, string>[], name: string) => rows.find((r) => r.Namn === name || r.Namn === `'${name}`)!;

describe('CSV for Swedish Excel', () => {
  it('has a BOM, semicolons, the Swedish headers, decimal commas, Swedish characters and a link to each object', async () => {
    const res = await download(a.asStaff, `objects.csv?arena=${a.arena.id}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="flaskhals-utdata-objekt-${today}.csv"`);
    expect(res.headers.get('x-total-count')).toBe('4');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + OBJECT_COLUMNS.map((c) => c.header).join(';'));

    const rows: Record<string, string>[] = parse(text, { bom: true, delimiter: ';', columns: true });
    expect(rows.map((r) => r.Namn)).toEqual(["'=1+1 Hamnväg", 'Bangården yta', 'Västerås hamn, kaj 7', 'Ödestugu terminal']);
    const harbour = named(rows, 'Västerås hamn, kaj 7');
    expect(harbour).toMatchObject({
      ID: ids.harbour,
      Typ: 'PORT',
      Trafikslag: 'SEA | ROAD',
      Status: 'REPORTED',
      Planeringsläge: 'NONE',
      Kommun: 'Västerås',
      Referenser: 'Kaj 7 | E18',
      'Timmar per vecka': '15,75',
      'SEK per år': '251000',
      'Ton per år': '120010',
      Rapporter: '2',
      Organisationer: 'Hamnbolaget i Västerås AB | Åkeri Öst AB',
      Lon: '16,53',
      Lat: '59,6',
      Geometri: '{"type": "Point", "coordinates": [16.53, 59.6]}',
    });
    expect(harbour.Länk).toMatch(new RegExp(`^https?://[^/]+/\\?arena=utdata&object=${ids.harbour}$`));
    expect(harbour['Senaste aktivitet']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  });

  it('escapes a cell that a spreadsheet would run as a formula', async () => {
    const rows = await csvOf(a.asStaff);
    expect(named(rows, '=1+1 Hamnväg').Namn).toBe("'=1+1 Hamnväg");
  });

  it('is comma-separated with decimal points on request', async () => {
    const res = await download(a.asStaff, `objects.csv?arena=${a.arena.id}&separator=comma`);
    const rows: Record<string, string>[] = parse(await res.text(), { bom: true, delimiter: ',', columns: true });
    expect(named(rows, 'Västerås hamn, kaj 7')).toMatchObject({ 'Timmar per vecka': '15.75', Lon: '16.53' });
  });

  it('exports what the map filter shows: kinds, search and bbox; a wrong filter is a bad input naming it', async () => {
    expect((await csvOf(a.asStaff, '&kinds=TERMINAL')).map((r) => r.Namn)).toEqual(['Bangården yta', 'Ödestugu terminal']);
    expect((await csvOf(a.asStaff, '&q=bangård')).map((r) => r.Namn)).toEqual(['Bangården yta']);
    expect((await csvOf(a.asStaff, '&bbox=16.3,59.5,16.45,59.58')).map((r) => r.Namn)).toEqual(["'=1+1 Hamnväg"]);
    const bad = await download(a.asStaff, `objects.csv?arena=${a.arena.id}&kinds=SLOTT`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'BAD_USER_INPUT', fieldErrors: [{ field: 'kinds', code: 'invalidOption' }] });
    const twice = await download(a.asStaff, `objects.csv?arena=${a.arena.id}&q=a&q=b`);
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({ fieldErrors: [{ field: 'q', code: 'invalidType' }] });
  });
});

describe('figures follow the reader', () => {
  it('a visitor gets the published objects only, with the public figures and the organizations of public reports', async () => {
    const rows = await csvOf(null);
    expect(rows.map((r) => r.Namn)).toEqual(['Västerås hamn, kaj 7']);
    expect(rows[0]).toMatchObject({ 'Timmar per vecka': '5,75', 'SEK per år': '251000', Rapporter: '1' });
    expect(rows[0].Organisationer).toBe('Hamnbolaget i Västerås AB | Åkeri Öst AB');
  });

  it("a member sees every object with the members' totals, but not the names behind another organization's confidential report", async () => {
    const rows = await csvOf(a.asMember[1]);
    expect(rows).toHaveLength(4);
    expect(named(rows, 'Västerås hamn, kaj 7')['Timmar per vecka']).toBe('15,75');
    expect(named(rows, 'Ödestugu terminal').Organisationer).toBe('');
    const staff = await csvOf(a.asStaff);
    expect(named(staff, 'Ödestugu terminal').Organisationer).toBe('Hamnbolaget i Västerås AB');
  });
});

describe('XLSX', () => {
  it('reads back in a spreadsheet library: headers, numbers as numbers, the time as a date, the link as a hyperlink', async () => {
    const res = await download(a.asStaff, `objects.xlsx?arena=${a.arena.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="flaskhals-utdata-objekt-\d{4}-\d\d-\d\d\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(OBJECT_COLUMNS.map((c) => c.header));
    const column = (key: string) => OBJECT_COLUMNS.findIndex((c) => c.key === key) + 1;
    const harbourRow = [2, 3, 4, 5].map((n) => sheet.getRow(n)).find((r) => r.getCell(column('name')).value === 'Västerås hamn, kaj 7')!;
    expect(harbourRow.getCell(column('delayHoursPerWeek')).value).toBe(15.75);
    expect(harbourRow.getCell(column('organizations')).value).toBe('Hamnbolaget i Västerås AB | Åkeri Öst AB');
    expect(harbourRow.getCell(column('lastActivity')).value).toBeInstanceOf(Date);
    expect(harbourRow.getCell(column('link')).value).toMatchObject({ hyperlink: expect.stringContaining(`object=${ids.harbour}`) });
    expect(sheet.rowCount).toBe(5);
  });
});

describe('GeoJSON', () => {
  it('is an RFC 7946 FeatureCollection: WGS84 without a crs member, polygons by the right-hand rule, the columns as properties', async () => {
    const res = await download(a.asStaff, `objects.geojson?arena=${a.arena.id}`);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const collection = await res.json();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection).not.toHaveProperty('crs');
    expect(collection.features).toHaveLength(4);
    const area = collection.features.find((f: any) => f.id === ids.area);
    const ring: number[][] = area.geometry.coordinates[0];
    const signedArea = ring.slice(0, -1).reduce((sum, p, i) => sum + p[0] * ring[i + 1][1] - ring[i + 1][0] * p[1], 0);
    expect(signedArea).toBeGreaterThan(0);
    const harbour = collection.features.find((f: any) => f.id === ids.harbour);
    expect(harbour.geometry).toEqual(point(16.53, 59.6));
    expect(harbour.properties).toMatchObject({
      name: 'Västerås hamn, kaj 7',
      modes: ['SEA', 'ROAD'],
      externalRefs: ['Kaj 7', 'E18'],
      delayHoursPerWeek: 15.75,
      organizations: ['Hamnbolaget i Västerås AB', 'Åkeri Öst AB'],
      reportCount: 2,
    });
  });

  it('of a filter that matches nothing is an empty FeatureCollection', async () => {
    const res = await download(null, `objects.geojson?arena=${a.arena.id}&kinds=AIRPORT`);
    expect(res.headers.get('x-total-count')).toBe('0');
    expect(await res.json()).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
