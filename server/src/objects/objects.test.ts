import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
let other: ArenaFixture;

const LIST = `
  query List($filter: ObjectFilter, $first: Int, $after: String) {
    objects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name kind status modes bbox categories } }
    }
  }`;

const VASTERAS = [16.4, 59.55, 16.7, 59.7];
const NORRKOPING = [16.0, 58.5, 16.4, 58.7];

async function report(fixture: ArenaFixture, name: string, object: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  const res = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, overrides, { name, ...object }) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id as string;
}

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'objects', ['Provåkeriet AB', 'Demostål AB']);
  other = await createArena(flaskhals, 'other-objects', ['Annat bolag AB']);
  await report(fixture, 'Västerås hamn', {
    kind: 'PORT',
    modes: ['SEA', 'RAIL'],
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [16.52, 59.59],
          [16.56, 59.59],
          [16.56, 59.61],
          [16.52, 59.61],
          [16.52, 59.59],
        ],
      ],
    },
  });
  await report(
    fixture,
    'E18 Västerås',
    {
      kind: 'ROAD',
      modes: ['ROAD'],
      geometry: {
        type: 'LineString',
        coordinates: [
          [16.45, 59.62],
          [16.6, 59.63],
        ],
      },
    },
    { category: 'SAFETY' },
  );
  await report(
    fixture,
    'Plankorsning Kolbäck',
    { kind: 'LEVEL_CROSSING', modes: ['RAIL', 'ROAD'], geometry: point(16.24, 59.56) },
    { category: 'SAFETY' },
  );
  await report(fixture, 'Händelö hamn', { kind: 'PORT', modes: ['SEA'], geometry: point(16.25, 58.62) });
  await report(fixture, 'Kardonbanan', {
    kind: 'RAIL_SEGMENT',
    modes: ['RAIL'],
    externalRefs: ['Bandel 245'],
    geometry: {
      type: 'LineString',
      coordinates: [
        [16.1, 58.6],
        [16.25, 58.62],
      ],
    },
  });
  await report(other, 'Annan arenas hamn', { kind: 'PORT', modes: ['SEA'], geometry: point(16.54, 59.6) });
});
afterAll(() => flaskhals.stop());

const names = (res: any) => res.data.objects.edges.map((e: any) => e.node.name);

describe('objects', () => {
  it('returns what overlaps the bbox, from this arena only', async () => {
    const res = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id, bbox: VASTERAS } });
    expect(names(res)).toEqual(['E18 Västerås', 'Västerås hamn']);
    expect(res.data!.objects.totalCount).toBe(2);
    const south = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id, bbox: NORRKOPING } });
    expect(names(south)).toEqual(['Händelö hamn', 'Kardonbanan']);
  });

  it('finds a line whose bbox overlaps the view even with no vertex inside it', async () => {
    const res = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id, bbox: [16.5, 59.6, 16.52, 59.64] } });
    expect(names(res)).toContain('E18 Västerås');
  });

  it('filters by kind, mode, category and text', async () => {
    const base = { arenaId: fixture.arena.id };
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, kinds: ['PORT'] } }))).toEqual([
      'Händelö hamn',
      'Västerås hamn',
    ]);
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, modes: ['RAIL'] } }))).toEqual([
      'Kardonbanan',
      'Plankorsning Kolbäck',
      'Västerås hamn',
    ]);
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, categories: ['SAFETY'] } }))).toEqual([
      'E18 Västerås',
      'Plankorsning Kolbäck',
    ]);
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, search: 'HAMN' } }))).toEqual([
      'Händelö hamn',
      'Västerås hamn',
    ]);
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, search: 'bandel 245' } }))).toEqual(['Kardonbanan']);
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, search: '100%' } }))).toEqual([]);
    expect(names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, statuses: ['RESOLVED'] } }))).toEqual([]);
    expect(
      names(await fixture.asMember[0].graphql(LIST, { filter: { ...base, statuses: ['REPORTED'], kinds: ['PORT'], bbox: VASTERAS } })),
    ).toEqual(['Västerås hamn']);
  });

  it('matches a category only where the asker sees it: no withdrawn report, for visitors only public ones', async () => {
    // An arena of its own: the other tests count every object of theirs.
    const arena = await createArena(flaskhals, 'object-categories', ['Kanalbolaget AB', 'Slussgods AB']);
    const bbox = [17.5, 59.0, 17.7, 59.2];
    const objectId = await report(
      arena,
      'Södertälje kanal',
      { kind: 'WATERWAY', modes: ['SEA'], geometry: point(17.6, 59.1) },
      { category: 'CAPACITY', visibility: 'PUBLIC' },
    );
    const onIt = (overrides: Record<string, unknown>) =>
      arena.asMember[1].graphql(REPORT_MUTATION, { input: { ...newObjectReport(arena, overrides), newObject: null, objectId } });
    expect((await onIt({ category: 'SAFETY', visibility: 'MEMBERS' })).errors).toBeUndefined();
    const later = await onIt({ category: 'ENVIRONMENT', visibility: 'PUBLIC' });
    expect(later.errors).toBeUndefined();
    const withdrawn = await arena.asMember[1].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, {
      id: later.data!.reportBottleneck.report.id,
    });
    expect(withdrawn.errors).toBeUndefined();

    const found = async (client: { graphql: typeof flaskhals.graphql }, categories: string[]) =>
      names(await client.graphql(LIST, { filter: { arenaId: arena.arena.id, bbox, categories } }));
    expect(await found(flaskhals, ['CAPACITY'])).toEqual(['Södertälje kanal']);
    expect(await found(flaskhals, ['SAFETY'])).toEqual([]);
    expect(await found(arena.asMember[0], ['SAFETY'])).toEqual(['Södertälje kanal']);
    expect(await found(arena.asMember[0], ['ENVIRONMENT'])).toEqual([]);
    expect(await found(arena.asStaff, ['ENVIRONMENT'])).toEqual([]);
    // The filter and the categories the object shows agree.
    const shown = await flaskhals.graphql(LIST, { filter: { arenaId: arena.arena.id, bbox } });
    expect(shown.data!.objects.edges[0].node.categories).toEqual(['CAPACITY']);
  });

  it('pages through all objects with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let lastCursor: string | null;
    let pages = 0;
    do {
      const res: any = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id }, first: 2, after });
      expect(res.data.objects.totalCount).toBe(5);
      seen.push(...names(res));
      lastCursor = res.data.objects.pageInfo.endCursor;
      after = res.data.objects.pageInfo.hasNextPage ? lastCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['E18 Västerås', 'Händelö hamn', 'Kardonbanan', 'Plankorsning Kolbäck', 'Västerås hamn']);
    // Past the last object the page is empty, and the count still says how many there are.
    const past: any = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id }, first: 2, after: lastCursor });
    expect(past.data.objects).toMatchObject({ totalCount: 5, edges: [], pageInfo: { hasNextPage: false } });
  });

  it("lists each object's reports by the rules of its arena", async () => {
    const query = `query($f: ObjectFilter) { objects(filter: $f, first: 1) { edges { node { name reports { totalCount edges { node { title } } } } } } }`;
    const res = await fixture.asMember[0].graphql(query, { f: { arenaId: fixture.arena.id, bbox: VASTERAS } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.objects.edges[0].node).toMatchObject({
      name: 'E18 Västerås',
      reports: { totalCount: 1, edges: [{ node: { title: expect.any(String) } }] },
    });
  });

  it('answers the same objects, in the same order, whichever fields are asked for', async () => {
    const filter = { arenaId: fixture.arena.id };
    const narrow = await fixture.asMember[0].graphql(
      `query($f: ObjectFilter) { objects(filter: $f, first: 3) { edges { node { name kind } } } }`,
      { f: filter },
    );
    const wide = await fixture.asMember[0].graphql(
      `query($f: ObjectFilter) { objects(filter: $f, first: 3) { totalCount edges { node { ...Wide } } } } fragment Wide on InfrastructureObject { kind label: name geometry municipality organizationCount }`,
      { f: filter },
    );
    expect(narrow.errors).toBeUndefined();
    expect(wide.errors).toBeUndefined();
    expect(wide.data!.objects.edges.map((e: any) => ({ name: e.node.label, kind: e.node.kind }))).toEqual(
      narrow.data!.objects.edges.map((e: any) => e.node),
    );
    expect(wide.data!.objects.edges[0].node.geometry).toMatchObject({ type: expect.any(String) });
    expect(wide.data!.objects.totalCount).toBe(5);
  });

  it('refuses a cursor that was not made by the server', async () => {
    const forged = Buffer.from(JSON.stringify(['Kardonbanan', 'not-an-id'])).toString('base64url');
    const res = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id }, after: forged });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('returns the bbox and the categories of an object', async () => {
    const res = await fixture.asMember[0].graphql(LIST, { filter: { arenaId: fixture.arena.id, search: 'E18' } });
    expect(res.data!.objects.edges[0].node).toMatchObject({ bbox: [16.45, 59.62, 16.6, 59.63], categories: ['SAFETY'] });
  });
});

describe('objectClusters', () => {
  const CLUSTERS = `query($f: ObjectFilter!, $z: Int!, $m: Int) { objectClusters(filter: $f, zoom: $z, maxObjects: $m) { totalCount clustered clusters { count center bbox } } }`;
  const SWEDEN = [10, 55, 25, 70];

  it('draws the objects themselves while there are few enough', async () => {
    const res = await fixture.asMember[0].graphql(CLUSTERS, { f: { arenaId: fixture.arena.id, bbox: SWEDEN }, z: 5 });
    expect(res.data!.objectClusters).toEqual({ totalCount: 5, clustered: false, clusters: [] });
  });

  it('groups the objects by area when there are more than maxObjects, counting every object once', async () => {
    const res = await fixture.asMember[0].graphql(CLUSTERS, { f: { arenaId: fixture.arena.id, bbox: SWEDEN }, z: 5, m: 2 });
    const view = res.data!.objectClusters;
    expect(view.clustered).toBe(true);
    expect(view.clusters.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(5);
    for (const c of view.clusters) {
      const [lng, lat] = c.center;
      const [minLng, minLat, maxLng, maxLat] = c.bbox;
      expect(lng).toBeGreaterThanOrEqual(minLng);
      expect(lng).toBeLessThanOrEqual(maxLng);
      expect(lat).toBeGreaterThanOrEqual(minLat);
      expect(lat).toBeLessThanOrEqual(maxLat);
    }
    // Zoomed in, Västerås and Norrköping (about 100 km apart) are separate clusters; closer still, every object is.
    const nearer = await fixture.asMember[0].graphql(CLUSTERS, { f: { arenaId: fixture.arena.id, bbox: SWEDEN }, z: 7, m: 2 });
    expect(nearer.data!.objectClusters.clusters.map((c: any) => c.count).sort()).toEqual([2, 3]);
    const closer = await fixture.asMember[0].graphql(CLUSTERS, { f: { arenaId: fixture.arena.id, bbox: SWEDEN }, z: 12, m: 2 });
    expect(closer.data!.objectClusters.clusters.map((c: any) => c.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('applies the filters to the clusters too', async () => {
    const res = await fixture.asMember[0].graphql(CLUSTERS, {
      f: { arenaId: fixture.arena.id, bbox: SWEDEN, kinds: ['PORT'] },
      z: 7,
      m: 1,
    });
    expect(res.data!.objectClusters.totalCount).toBe(2);
    expect(res.data!.objectClusters.clusters.map((c: any) => c.count)).toEqual([1, 1]);
  });

  it('needs a bbox and a sensible zoom', async () => {
    const noBbox = await fixture.asMember[0].graphql(CLUSTERS, { f: { arenaId: fixture.arena.id }, z: 5 });
    expect(noBbox.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.bbox' });
    const badZoom = await fixture.asMember[0].graphql(CLUSTERS, { f: { arenaId: fixture.arena.id, bbox: SWEDEN }, z: 40 });
    expect(badZoom.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'zoom' });
  });
});

describe('nearbyObjects', () => {
  const NEARBY = `query($g: JSON!, $r: Int, $t: String, $a: ID) { nearbyObjects(geometry: $g, radiusMeters: $r, text: $t, arenaId: $a) { distanceMeters similarity object { name } } }`;

  it('suggests the object a new point lies in first, then what is near, within the radius', async () => {
    const res = await fixture.asMember[0].graphql(NEARBY, { g: point(16.54, 59.6), r: 3000, a: fixture.arena.id });
    const found = res.data!.nearbyObjects;
    expect(found[0]).toMatchObject({ object: { name: 'Västerås hamn' }, distanceMeters: 0 });
    expect(found.map((n: any) => n.object.name)).toEqual(['Västerås hamn', 'E18 Västerås']);
    expect(found[1].distanceMeters).toBeGreaterThan(1000);
    expect(found[1].distanceMeters).toBeLessThan(3000);
  });

  it('leaves out what is beyond the radius and what belongs to another arena', async () => {
    const res = await fixture.asMember[0].graphql(NEARBY, { g: point(16.54, 59.6), r: 500, a: fixture.arena.id });
    expect(res.data!.nearbyObjects.map((n: any) => n.object.name)).toEqual(['Västerås hamn']);
  });

  it('ranks a similar name first among objects at a similar distance', async () => {
    // Right on Kardonbanan, about 3 km from Händelö hamn: the name decides.
    const onTheLine = point(16.2, 58.6133);
    const plain = await fixture.asMember[0].graphql(NEARBY, { g: onTheLine, r: 20000, a: fixture.arena.id });
    expect(plain.data!.nearbyObjects[0].object.name).toBe('Kardonbanan');
    const byName = await fixture.asMember[0].graphql(NEARBY, { g: onTheLine, r: 20000, t: 'Händelö hamn', a: fixture.arena.id });
    expect(byName.data!.nearbyObjects[0].object.name).toBe('Händelö hamn');
    expect(byName.data!.nearbyObjects[0].similarity).toBeGreaterThan(0.3);
  });
});
