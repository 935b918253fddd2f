import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION, rowCounts } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let other: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'facts', ['Faktabolaget AB', 'Grannbolaget AB']);
  other = await createArena(flaskhals, 'facts-other', ['Andra arenans bolag AB']);
});
afterAll(() => flaskhals.stop());

const FACTS = `id name kind description modes responsibleBody municipality municipalityCodes municipalityByHand externalRefs geometry
  municipalities { code name regionName }
  networkRefs { type road freightPriority section kmFrom kmTo name label }
  planning { stage fourStepClass stepsOneTwoExamined avsReference planName planObjectId costEstimateSek documents { title url } }`;
const CORRECT = `mutation($input: CorrectObjectInput!) { correctObject(input: $input) { ${FACTS} } }`;
const PLANNING = `mutation($input: SetObjectPlanningInput!) { setObjectPlanning(input: $input) { ${FACTS} } }`;
const OBJECT = `query($id: ID!) { object(id: $id) { ${FACTS} } }`;
const TIMELINE = `query($id: ID!) { object(id: $id) { timeline(first: 50) { edges { node { kind byStaff data } } } } }`;
const LIST = `query($f: ObjectFilter) { objects(filter: $f, first: 100) { edges { node { id name municipalities { name } networkRefs { label } } } } }`;

/** Västerås centre and Köping centre: a line between them crosses Hallstahammar too. */
const VASTERAS = point(16.5448, 59.6099);
const VASTERAS_TO_KOPING = {
  type: 'LineString',
  coordinates: [
    [16.5448, 59.6099],
    [15.99, 59.51],
  ],
};

async function newObject(name: string, geometry: unknown = VASTERAS, client: GraphQLClient = a.asMember[0]) {
  const res = await client.graphql(REPORT_MUTATION, { input: newObjectReport(a, {}, { name, geometry }) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id as string;
}

async function timeline(id: string, client: GraphQLClient = a.asMember[1]) {
  return (await client.graphql(TIMELINE, { id })).data!.object.timeline.edges.map((e: any) => e.node);
}

describe('municipalities from the position', () => {
  it('a new point object in Västerås lies in Västerås', async () => {
    const id = await newObject('Västerås hamn, kaj 4');
    const object = (await a.asMember[0].graphql(OBJECT, { id })).data!.object;
    expect(object.municipalities).toEqual([{ code: '1980', name: 'Västerås', regionName: 'Västmanland' }]);
    expect(object).toMatchObject({ municipality: 'Västerås', municipalityCodes: ['1980'], municipalityByHand: false });
  });

  it('a new line from Västerås to Köping gets every municipality it crosses', async () => {
    const id = await newObject('Mälarbanan Västerås–Köping', VASTERAS_TO_KOPING);
    const object = (await a.asMember[0].graphql(OBJECT, { id })).data!.object;
    expect(object.municipalities.map((m: any) => m.name)).toEqual(['Hallstahammar', 'Västerås', 'Köping']);
    expect(object.municipality).toBe('Hallstahammar, Västerås, Köping');
  });

  it('lists all 290 municipalities with their regions for pickers, to anyone', async () => {
    const res = await flaskhals.graphql(`{ municipalities { code name regionCode regionName } }`);
    expect(res.data!.municipalities).toHaveLength(290);
    expect(res.data!.municipalities).toContainEqual({ code: '1983', name: 'Köping', regionCode: '19', regionName: 'Västmanland' });
    expect(res.data!.municipalities[0].name).toBe('Ale');
  });
});

describe('staff correct an object', () => {
  it('corrects each field, records one FIELDS_CHANGED event everyone sees (geometry without coordinates) and an audit entry', async () => {
    const id = await newObject('Felstavad hamn');
    const res = await a.asStaff.graphql(CORRECT, {
      input: {
        objectId: id,
        name: 'Västerås hamn',
        kind: 'TERMINAL',
        description: 'Djupgående begränsat till 6,8 m',
        modes: ['SEA', 'RAIL'],
        responsibleBody: 'Mälarhamnar AB',
        externalRefs: ['Hamnplan 2030'],
        networkRefs: [
          { type: 'ROAD', road: 'e 18', freightPriority: true },
          { type: 'RAIL_SECTION', section: '211', kmFrom: 105.2, kmTo: 107 },
          { type: 'TRAFFIC_PLACE', name: 'Västerås central' },
          { type: 'FAIRWAY', name: 'Västeråsleden' },
          { type: 'PORT', name: 'Västerås hamn' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.correctObject).toMatchObject({
      name: 'Västerås hamn',
      kind: 'TERMINAL',
      description: 'Djupgående begränsat till 6,8 m',
      modes: ['SEA', 'RAIL'],
      responsibleBody: 'Mälarhamnar AB',
      externalRefs: ['Hamnplan 2030'],
      municipality: 'Västerås',
    });
    expect(res.data!.correctObject.networkRefs.map((r: any) => r.label)).toEqual([
      'E18',
      'bandel 211 km 105.2–107',
      'Västerås central',
      'Västeråsleden',
      'Västerås hamn',
    ]);
    expect(res.data!.correctObject.networkRefs[0]).toMatchObject({ type: 'ROAD', road: 'E18', freightPriority: true, section: null });

    const [event] = await timeline(id);
    expect(event).toMatchObject({ kind: 'FIELDS_CHANGED', byStaff: true });
    expect(event.data.changes.map((c: any) => c.field)).toEqual([
      'name',
      'kind',
      'description',
      'modes',
      'responsibleBody',
      'externalRefs',
      'networkRefs',
    ]);
    expect(event.data.changes[0]).toEqual({ field: 'name', from: 'Felstavad hamn', to: 'Västerås hamn' });

    const audit = await flaskhals.db.query(`SELECT action, before, after FROM audit_entry WHERE entity_id = $1 AND action = 'correct'`, [
      id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].after.name).toBe('Västerås hamn');
  });

  it('moves the object in the viewport query when its geometry is redrawn, and fills in its new municipalities', async () => {
    const id = await newObject('Flyttad terminal');
    const inVasteras = { arenaId: a.arena.id, bbox: [16.4, 59.5, 16.7, 59.7] };
    const inKoping = { arenaId: a.arena.id, bbox: [15.9, 59.45, 16.1, 59.55] };
    const ids = async (f: unknown) => (await a.asMember[1].graphql(LIST, { f })).data!.objects.edges.map((e: any) => e.node.id);
    expect(await ids(inVasteras)).toContain(id);
    expect(await ids(inKoping)).not.toContain(id);

    const res = await a.asStaff.graphql(CORRECT, { input: { objectId: id, geometry: point(15.99, 59.51) } });
    expect(res.data!.correctObject.municipality).toBe('Köping');
    expect(await ids(inVasteras)).not.toContain(id);
    expect(await ids(inKoping)).toContain(id);
    const [event] = await timeline(id);
    expect(event.data.changes).toEqual([{ field: 'geometry' }, { field: 'municipality', from: 'Västerås', to: 'Köping' }]);
    const [audit] = await flaskhals.db.query(`SELECT before, after FROM audit_entry WHERE entity_id = $1 AND action = 'correct'`, [id]);
    expect(audit.after.geometry).toEqual(point(15.99, 59.51));
    expect(audit.before.geometry).toEqual(VASTERAS);
  });

  it('keeps municipalities set by hand when the geometry changes, until staff hand them back to the position', async () => {
    const id = await newObject('Handsatt kommun');
    const byHand = await a.asStaff.graphql(CORRECT, { input: { objectId: id, municipalityCodes: ['1983', '1961'] } });
    expect(byHand.data!.correctObject).toMatchObject({
      municipality: 'Hallstahammar, Köping',
      municipalityCodes: ['1961', '1983'],
      municipalityByHand: true,
    });
    const moved = await a.asStaff.graphql(CORRECT, { input: { objectId: id, geometry: point(16.55, 59.61) } });
    expect(moved.data!.correctObject.municipality).toBe('Hallstahammar, Köping');
    const back = await a.asStaff.graphql(CORRECT, { input: { objectId: id, municipalityFromPosition: true } });
    expect(back.data!.correctObject).toMatchObject({ municipality: 'Västerås', municipalityByHand: false });
  });

  it('writes nothing when the input changes nothing', async () => {
    const id = await newObject('Oförändrad bro');
    const before = await rowCounts(flaskhals.db);
    const res = await a.asStaff.graphql(CORRECT, {
      input: {
        objectId: id,
        name: 'Oförändrad bro',
        geometry: VASTERAS,
        networkRefs: [],
        description: 'En hamn i testet',
        externalRefs: ['Kaj 7'],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(await rowCounts(flaskhals.db)).toEqual(before);
    expect((await timeline(id)).map((e: any) => e.kind)).toEqual(['REPORTED']);
  });

  it('finds an object by its road number after staff add it', async () => {
    const id = await newObject('Trafikplats Hacksta');
    const search = async () =>
      (await a.asMember[1].graphql(LIST, { f: { arenaId: a.arena.id, search: 'E18' } })).data!.objects.edges.map((e: any) => e.node.id);
    expect(await search()).not.toContain(id);
    await a.asStaff.graphql(CORRECT, { input: { objectId: id, networkRefs: [{ type: 'ROAD', road: 'E18' }] } });
    expect(await search()).toContain(id);
  });

  it('refuses members, observers, staff of another arena and visitors, and changes nothing', async () => {
    const id = await newObject('Skyddat objekt');
    const input = { objectId: id, name: 'Kapat namn' };
    for (const client of [a.asMember[0], a.asObserver, other.asStaff]) {
      expect((await client.graphql(CORRECT, { input })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await client.graphql(PLANNING, { input: { objectId: id, stage: 'FINANCED' } })).errors![0].extensions!.code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await flaskhals.client(null).graphql(CORRECT, { input })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const object = (await a.asStaff.graphql(OBJECT, { id })).data!.object;
    expect(object.name).toBe('Skyddat objekt');
    expect(object.planning.stage).toBe('NONE');
  });

  it.each([
    [{ name: 'x' }, 'name', 'tooShort'],
    [{ geometry: { type: 'Point', coordinates: [200, 59] } }, 'geometry.coordinates.0', 'longitudeOutOfRange'],
    [{ modes: [] }, 'modes', 'required'],
    [{ municipalityCodes: ['9999'] }, 'municipalityCodes.0', 'unknownMunicipality'],
    [{ networkRefs: [{ type: 'ROAD', road: 'Storgatan' }] }, 'networkRefs.0.road', 'invalidRoadNumber'],
    [{ networkRefs: [{ type: 'RAIL_SECTION', section: '211', kmFrom: 9, kmTo: 3 }] }, 'networkRefs.0.kmTo', 'kmOrder'],
    [{ networkRefs: [{ type: 'PORT', name: '  ' }] }, 'networkRefs.0.name', 'required'],
  ])('refuses bad input %j naming the field and writes nothing', async (change, field, code) => {
    const id = await newObject('Valideringsobjekt');
    const before = await rowCounts(flaskhals.db);
    const res = await a.asStaff.graphql(CORRECT, { input: { objectId: id, ...change } });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      fieldErrors: [expect.objectContaining({ field, code })],
    });
    expect(await rowCounts(flaskhals.db)).toEqual(before);
  });

  it('answers an unknown object as not found', async () => {
    const res = await a.asStaff.graphql(CORRECT, { input: { objectId: '00000000-0000-4000-8000-000000000001', name: 'Ingen' } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'objectId', fieldErrors: [{ code: 'notFound' }] });
  });
});

describe('planning', () => {
  const planning = {
    stage: 'IN_REGIONAL_PLAN',
    fourStepClass: 'REBUILD',
    stepsOneTwoExamined: true,
    avsReference: 'ÅVS Västerås hamn 2024, TRV 2024/1234',
    planName: 'Länsplan Västmanland 2026–2037',
    planObjectId: 'LP-19-042',
    costEstimateSek: 4_500_000_000,
    documents: [{ title: 'Åtgärdsvalsstudie', url: 'https://example.se/avs.pdf' }],
  };

  it('staff set it, everyone who sees the object reads it back, and the history shows what changed', async () => {
    const id = await newObject('Planerad kaj');
    const res = await a.asStaff.graphql(PLANNING, { input: { objectId: id, ...planning } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setObjectPlanning.planning).toEqual(planning);
    const read = await a.asMember[1].graphql(OBJECT, { id });
    expect(read.data!.object.planning).toEqual(planning);
    const [event] = await timeline(id);
    expect(event.kind).toBe('PLANNING_CHANGED');
    expect(event.data.changes).toContainEqual({ field: 'stage', from: 'NONE', to: 'IN_REGIONAL_PLAN' });
    expect(event.data.changes).toContainEqual({ field: 'documents', from: [], to: ['Åtgärdsvalsstudie'] });

    const same = await a.asStaff.graphql(PLANNING, { input: { objectId: id, ...planning } });
    expect(same.errors).toBeUndefined();
    expect((await timeline(id)).filter((e: any) => e.kind === 'PLANNING_CHANGED')).toHaveLength(1);
  });

  it('refuses a document that is not an https address and a negative cost, naming the field', async () => {
    const id = await newObject('Felplanerad kaj');
    const http = await a.asStaff.graphql(PLANNING, {
      input: { objectId: id, stage: 'AVS_DONE', documents: [{ title: 'ÅVS', url: 'http://example.se/avs.pdf' }] },
    });
    expect(http.errors![0].extensions).toMatchObject({ field: 'documents.0.url', fieldErrors: [{ code: 'notHttpsUrl' }] });
    const negative = await a.asStaff.graphql(PLANNING, { input: { objectId: id, stage: 'AVS_DONE', costEstimateSek: -1 } });
    expect(negative.errors![0].extensions).toMatchObject({ field: 'costEstimateSek', fieldErrors: [{ code: 'negative' }] });
    expect((await a.asStaff.graphql(OBJECT, { id })).data!.object.planning.stage).toBe('NONE');
  });
});
