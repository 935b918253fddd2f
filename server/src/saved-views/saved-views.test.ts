import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'views', ['Provåkeriet AB', 'Demostål AB']);
});
afterAll(() => flaskhals.stop());

const FIELDS = `id name shared mine ownerName canEdit view { kinds modes statuses categories search lat lng zoom mode }`;
const SAVE = `mutation($i: SaveViewInput!) { saveView(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateSavedViewInput!) { updateSavedView(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteSavedView(id: $id) }`;
const LIST = `query($a: ID, $first: Int, $after: String) { savedViews(arenaId: $a, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
const ONE = `query($id: ID!) { savedView(id: $id) { ${FIELDS} } }`;

const HAMNAR = { kinds: ['PORT'], statuses: ['CONFIRMED'], search: 'hamn', lat: 59.61, lng: 16.54, zoom: 11, mode: 'table' };

async function save(client = a.asMember[0], name = 'Hamnar i Västerås', shared = false, view: Record<string, unknown> = HAMNAR) {
  const res = await client.graphql(SAVE, { i: { arenaId: a.arena.id, name, shared, view } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.saveView;
}
const namesIn = async (client = a.asMember[0]) =>
  (await client.graphql(LIST, { a: a.arena.id })).data!.savedViews.edges.map((e: any) => e.node.name as string);

it('saves the filters, extent and mode under a name, and gives them back as they were', async () => {
  const view = await save();
  expect(view).toMatchObject({
    name: 'Hamnar i Västerås',
    shared: false,
    mine: true,
    canEdit: true,
    ownerName: 'medlem0',
    view: {
      kinds: ['PORT'],
      modes: [],
      statuses: ['CONFIRMED'],
      categories: [],
      search: 'hamn',
      lat: 59.61,
      lng: 16.54,
      zoom: 11,
      mode: 'table',
    },
  });
  expect((await a.asMember[0].graphql(ONE, { id: view.id })).data!.savedView.view).toEqual(view.view);
});

it('keeps a private view to its owner; a shared one is listed for everyone with a role, editable by its owner and staff', async () => {
  const privateView = await save(a.asMember[0], 'Privat vy');
  const shared = await save(a.asMember[0], 'Delad vy', true);
  expect(await namesIn(a.asMember[0])).toEqual(expect.arrayContaining(['Privat vy', 'Delad vy']));
  const other = await namesIn(a.asMember[1]);
  expect(other).toContain('Delad vy');
  expect(other).not.toContain('Privat vy');
  expect((await a.asMember[1].graphql(ONE, { id: privateView.id })).data!.savedView).toBeNull();
  expect((await a.asStaff.graphql(ONE, { id: privateView.id })).data!.savedView).toBeNull();
  expect((await a.asObserver.graphql(ONE, { id: shared.id })).data!.savedView).toMatchObject({ mine: false, canEdit: false });
  expect((await a.asStaff.graphql(ONE, { id: shared.id })).data!.savedView).toMatchObject({ mine: false, canEdit: true });
  // Staff rename a shared view, but only its owner decides whether it is shared.
  expect((await a.asStaff.graphql(UPDATE, { i: { id: shared.id, name: 'Delad vy (kansliet)' } })).data!.updateSavedView.name).toBe(
    'Delad vy (kansliet)',
  );
  const unshare = await a.asStaff.graphql(UPDATE, { i: { id: shared.id, shared: false } });
  expect(unshare.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.shared' });
  const otherEdit = await a.asMember[1].graphql(UPDATE, { i: { id: shared.id, name: 'Kapad' } });
  expect(otherEdit.errors![0].extensions!.code).toBe('FORBIDDEN');
  // The owner stops sharing it: it is gone from the others' lists.
  expect((await a.asMember[0].graphql(UPDATE, { i: { id: shared.id, shared: false } })).data!.updateSavedView.shared).toBe(false);
  expect(await namesIn(a.asMember[1])).not.toContain('Delad vy (kansliet)');
  // Visitors have no saved views.
  expect((await flaskhals.graphql(LIST, { a: a.arena.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
});

it('renames, changes the extent of, and deletes a view; a deleted view is gone', async () => {
  const view = await save(a.asMember[1], 'Gammalt namn');
  const renamed = await a.asMember[1].graphql(UPDATE, {
    i: { id: view.id, name: '  Nytt namn  ', view: { ...HAMNAR, zoom: 8, lat: 59.5 } },
  });
  expect(renamed.data!.updateSavedView).toMatchObject({ name: 'Nytt namn', view: { zoom: 8, lat: 59.5, kinds: ['PORT'] } });
  expect((await a.asMember[1].graphql(DELETE, { id: view.id })).data!.deleteSavedView).toBe(view.id);
  expect((await a.asMember[1].graphql(ONE, { id: view.id })).data!.savedView).toBeNull();
  const again = await a.asMember[1].graphql(DELETE, { id: view.id });
  expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', fieldErrors: [{ code: 'notFound' }] });
});

it('refuses bad input naming the field and writes nothing', async () => {
  const before = Number((await flaskhals.db.query('SELECT count(*) AS n FROM saved_view'))[0].n);
  const cases: [Record<string, unknown>, string][] = [
    [{ arenaId: a.arena.id, name: '   ', view: HAMNAR }, 'input.name'],
    [{ arenaId: a.arena.id, name: 'x'.repeat(101), view: HAMNAR }, 'input.name'],
    [{ arenaId: a.arena.id, name: 'Fel zoom', view: { ...HAMNAR, zoom: 30 } }, 'input.view.zoom'],
    [{ arenaId: a.arena.id, name: 'Fel läge', view: { ...HAMNAR, lat: 95 } }, 'input.view.lat'],
    [{ arenaId: a.arena.id, name: 'Fel vy', view: { ...HAMNAR, mode: 'globe' } }, 'input.view.mode'],
    [{ arenaId: 'inte-ett-id', name: 'Fel arena', view: HAMNAR }, 'input.arenaId'],
  ];
  for (const [input, field] of cases) {
    const res = await a.asMember[0].graphql(SAVE, { i: input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  expect(Number((await flaskhals.db.query('SELECT count(*) AS n FROM saved_view'))[0].n)).toBe(before);
});

it('lists by name a page at a time', async () => {
  const observer = a.asObserver;
  for (const name of ['Cvy', 'Avy', 'Bvy']) await save(observer, name);
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const res: any = await observer.graphql(LIST, { a: a.arena.id, first: 2, after });
    expect(res.data.savedViews.totalCount).toBe(3);
    seen.push(...res.data.savedViews.edges.map((e: any) => e.node.name));
    after = res.data.savedViews.pageInfo.hasNextPage ? res.data.savedViews.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(['Avy', 'Bvy', 'Cvy']);
});
