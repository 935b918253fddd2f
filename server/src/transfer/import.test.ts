import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let source: ArenaFixture;
let target: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  source = await createArena(flaskhals, 'inlas-kalla', ['Källbolaget AB']);
  target = await createArena(flaskhals, 'inlas-mal', ['Målbolaget AB']);
  const line = {
    type: 'LineString',
    coordinates: [
      [16.2, 59.5],
      [16.35, 59.52],
      [16.5, 59.6],
    ],
  };
  for (const object of [
    { name: 'Köpings hamn', kind: 'PORT', modes: ['SEA'], description: 'Kaj 3\nmed rad två', externalRefs: ['Kaj 3'] },
    { name: 'Mälarbanan, Kolbäck', kind: 'RAIL_SEGMENT', modes: ['RAIL'], geometry: line, externalRefs: ['bandel 211', 'Mälarbanan'] },
    { name: '=Ärlagatan', kind: 'ROAD', modes: ['ROAD'], description: null, externalRefs: [] },
  ]) {
    const res = await source.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(source, {}, object) });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
});
afterAll(() => flaskhals.stop());

async function upload(
  client: GraphQLClient | null,
  file: { text: string; name: string },
  fields: { arenaId?: string; crs?: string; commit?: boolean } = {},
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('arenaId', fields.arenaId ?? target.arena.id);
  if (fields.crs) form.append('crs', fields.crs);
  if (fields.commit) form.append('commit', 'true');
  form.append('file', new Blob([file.text]), file.name);
  const headers: Record<string, string> = { 'x-flaskhals-csrf': '1' };
  if (client?.cookie) headers.cookie = client.cookie;
  const response = await fetch(`${flaskhals.url}/api/imports/objects`, { method: 'POST', body: form, headers });
  return { status: response.status, body: await response.json() };
}

async function exported(client: GraphQLClient, arena: ArenaFixture, format: 'geojson' | 'csv'): Promise<string> {
  const res = await fetch(`${flaskhals.url}/api/exports/objects.${format}?arena=${arena.arena.id}`, {
    headers: { cookie: client.cookie! },
  });
  return res.text();
}

const objectCount = async () => Number((await flaskhals.db.query('SELECT count(*) AS n FROM infrastructure_object'))[0].n);

/** What an object is, without what Flaskhals gives it (id, link, activity) or its reports give it (figures, organizations). */
function essence(feature: any) {
  const { name, kind, modes, status, planningStage, municipality, externalRefs, responsibleBody, description } = feature.properties;
  return { geometry: feature.geometry, name, kind, modes, status, planningStage, municipality, externalRefs, responsibleBody, description };
}

/** Metres between two WGS84 positions (haversine). */
function metres([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

async function clearTarget() {
  await flaskhals.db.query('DELETE FROM object_event WHERE arena_id = $1', [target.arena.id]);
  await flaskhals.db.query('DELETE FROM infrastructure_object WHERE arena_id = $1', [target.arena.id]);
}

describe('who may import', () => {
  it('staff and admins may; members, observers and visitors may not, and nothing is read', async () => {
    const file = { text: 'namn;typ;trafikslag;lon;lat\nHamnen;PORT;SEA;16,5;59,6\n', name: 'objekt.csv' };
    expect((await upload(null, file)).status).toBe(401);
    expect(await upload(target.asMember[0], file)).toMatchObject({ status: 403, body: { error: 'FORBIDDEN' } });
    expect((await upload(target.asObserver, file)).status).toBe(403);
    expect((await upload(source.asStaff, file)).status).toBe(403);
    expect(await upload(target.asAdmin, file)).toMatchObject({ status: 200, body: { total: 1, valid: 1, written: false } });
  });
});

describe('export, then import', () => {
  afterEach(clearTarget);

  it('a GeoJSON export imported into another arena gives equal objects, with their history and one audit entry', async () => {
    const before = JSON.parse(await exported(source.asStaff, source, 'geojson'));
    const preview = await upload(target.asStaff, { text: JSON.stringify(before), name: 'kalla.geojson' });
    expect(preview.body).toMatchObject({ format: 'geojson', crs: 'EPSG:4326', crsSource: 'ranges', total: 3, valid: 3, written: false });
    expect(await objectCount()).toBe(3);

    const committed = await upload(target.asStaff, { text: JSON.stringify(before), name: 'kalla.geojson' }, { commit: true });
    expect(committed.body).toMatchObject({ written: true });
    expect(committed.body.objectIds).toHaveLength(3);
    const after = JSON.parse(await exported(target.asStaff, target, 'geojson'));
    expect(after.features.map(essence)).toEqual(before.features.map(essence));

    const events = await flaskhals.db.query(`SELECT kind, data FROM object_event WHERE arena_id = $1`, [target.arena.id]);
    expect(events).toHaveLength(3);
    expect(events.every((e: any) => e.kind === 'CREATED' && e.data.imported === 'kalla.geojson')).toBe(true);
    const [audit] = await flaskhals.db.query(`SELECT after FROM audit_entry WHERE arena_id = $1 AND entity = 'object_import'`, [
      target.arena.id,
    ]);
    expect(audit.after).toMatchObject({ filename: 'kalla.geojson', count: 3 });
  });

  it('a CSV export for Swedish Excel imports back (formula escapes undone, decimal commas read)', async () => {
    const csv = await exported(source.asStaff, source, 'csv');
    const committed = await upload(target.asStaff, { text: csv, name: 'kalla.csv' }, { commit: true });
    expect(committed.body).toMatchObject({ format: 'csv', written: true, total: 3 });
    const before = JSON.parse(await exported(source.asStaff, source, 'geojson'));
    const after = JSON.parse(await exported(target.asStaff, target, 'geojson'));
    expect(after.features.map(essence)).toEqual(before.features.map(essence));
    expect(after.features.map((f: any) => f.properties.name)).toContain('=Ärlagatan');
  });
});

describe('SWEREF 99 TM', () => {
  afterEach(clearTarget);
  const VASTERAS = { sweref: [587172.6, 6608981.7], wgs84: [16.5448, 59.6099] };

  it('a GeoJSON with a legacy crs member naming EPSG:3006 lands within a metre of its WGS84 place', async () => {
    const file = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: VASTERAS.sweref },
          properties: { name: 'Västerås centrum', kind: 'OTHER', modes: ['ROAD'] },
        },
      ],
    };
    const res = await upload(target.asStaff, { text: JSON.stringify(file), name: 'sweref.geojson' }, { commit: true });
    expect(res.body).toMatchObject({ crs: 'EPSG:3006', crsSource: 'crsMember', written: true });
    const [object] = await flaskhals.db.query('SELECT geometry, municipality FROM infrastructure_object WHERE id = $1', [
      res.body.objectIds[0],
    ]);
    expect(metres(object.geometry.coordinates, VASTERAS.wgs84)).toBeLessThan(1);
    expect(object.municipality).toBe('Västerås');
  });

  it('a CSV with x/y columns in the ranges of Sweden is recognised as EPSG:3006; one the user says is WGS84 stays WGS84', async () => {
    const text = `namn;typ;trafikslag;x;y\nVästerås;OTHER;ROAD;587 172,6;6 608 981,7\n`;
    const res = await upload(target.asStaff, { text, name: 'sweref.csv' });
    expect(res.body).toMatchObject({ crs: 'EPSG:3006', crsSource: 'ranges', valid: 1 });
    expect(metres(res.body.rows[0].position, VASTERAS.wgs84)).toBeLessThan(1);
    const stated = await upload(
      target.asStaff,
      { text: 'namn;typ;trafikslag;lon;lat\nVästerås;OTHER;ROAD;16,5448;59,6099\n', name: 'a.csv' },
      { crs: 'EPSG:4326' },
    );
    expect(stated.body).toMatchObject({ crs: 'EPSG:4326', crsSource: 'stated', rows: [{ position: VASTERAS.wgs84 }] });
  });

  it("the README's example file previews as four valid objects in SWEREF 99 TM", async () => {
    const text = readFileSync(path.resolve(__dirname, '../../../docs/examples/import-exempel-sweref99tm.csv'), 'utf8');
    const res = await upload(target.asStaff, { text, name: 'import-exempel-sweref99tm.csv' });
    expect(res.body).toMatchObject({ crs: 'EPSG:3006', crsSource: 'ranges', total: 4, valid: 4 });
    expect(metres(res.body.rows[0].position, VASTERAS.wgs84)).toBeLessThan(1);
  });

  it('coordinates in neither system ask the user to say which', async () => {
    const res = await upload(target.asStaff, { text: 'namn;typ;trafikslag;x;y\nNågonstans;OTHER;ROAD;1000;2000\n', name: 'okand.csv' });
    expect(res).toMatchObject({ status: 400, body: { fieldErrors: [{ field: 'crs', code: 'crsUnknown' }] } });
  });
});

describe('a file with a bad row', () => {
  const text = [
    'Namn;Typ;Trafikslag;Lon;Lat',
    'Hamnen i Köping;PORT;SEA;16,0;59,5',
    'Slottet;SLOTT;ROAD;16,1;59,5',
    'Vägen;ROAD;ROAD;sexton;59,5',
    'X;ROAD;;16,2;59,5',
  ].join('\r\n');

  it('previews every row with its errors: row number, field and code', async () => {
    const res = await upload(target.asStaff, { text, name: 'fel.csv' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 4, valid: 1 });
    expect(res.body.rows.map((r: any) => [r.row, r.errors.map((e: any) => `${e.field}:${e.code}`)])).toEqual([
      [2, []],
      [3, ['kind:invalidOption']],
      [4, ['lon:notANumber']],
      [5, ['name:tooShort', 'modes:required']],
    ]);
  });

  it('writes nothing when committed, and answers the preview that names the rows', async () => {
    const before = await objectCount();
    const res = await upload(target.asStaff, { text, name: 'fel.csv' }, { commit: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', code: 'rowsInvalid', params: { rows: 3 } }] });
    expect(res.body.preview.rows[1]).toMatchObject({ row: 3, errors: [{ field: 'kind', code: 'invalidOption' }] });
    expect(await objectCount()).toBe(before);
  });

  it('refuses what is not GeoJSON or CSV of objects', async () => {
    const res = await upload(target.asStaff, { text: '{"type": "Feature"}', name: 'en.geojson' });
    expect(res).toMatchObject({ status: 400, body: { fieldErrors: [{ field: 'file', code: 'fileNotReadable' }] } });
  });
});
