import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let visitor: GraphQLClient;

const SEARCH = `query($input: SearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score matchedIn object { id name } } }
  } }`;
const PLACES = `query($text: String!, $first: Int) { places(text: $text, first: $first) { kind name region code center bbox } }`;

async function report(
  client: GraphQLClient,
  object: { name: string; at: [number, number]; refs?: string[]; description?: string },
  text: { title?: string; problem?: string; visibility?: string } = {},
): Promise<string> {
  const res = await client.graphql(REPORT_MUTATION, {
    input: newObjectReport(
      a,
      {
        title: text.title ?? 'Trångt vid infarten',
        problem: text.problem ?? 'Lastbilar köar varje morgon.',
        visibility: text.visibility ?? 'PUBLIC',
      },
      {
        name: object.name,
        geometry: point(...object.at),
        externalRefs: object.refs ?? [],
        description: object.description ?? null,
        municipality: null,
      },
    ),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'search', ['Provåkeriet AB', 'Demostål AB']);
  visitor = flaskhals.client(null);
  const [first] = a.asMember;
  ids.vasterashamnen = await report(first, { name: 'Västeråshamnen', at: [16.56, 59.6] });
  ids.kopingsHamn = await report(first, { name: 'Köpings hamn', at: [15.99, 59.505] });
  ids.norrkopingsHamn = await report(first, { name: 'Norrköpings hamn', at: [16.2, 58.6] });
  ids.e18 = await report(first, { name: 'E18 Västerås–Köping', at: [16.3, 59.55], refs: ['E18'] });
  ids.kolback = await report(first, { name: 'Kolbäcks bangård', at: [16.24, 59.56] });
  // A confidential report (the reporting organization and staff only) whose words nobody else may find.
  await report(
    first,
    { name: 'Hallstahammars industrispår', at: [16.23, 59.61] },
    { title: 'Klorgastankar står på spåret', visibility: 'ORGANIZATION' },
  );
  // A report shared with members only: its words are not for visitors.
  await report(
    first,
    { name: 'Surahammars bruk', at: [16.22, 59.71] },
    { problem: 'Växelvärmarna fryser varje vinter.', visibility: 'MEMBERS' },
  );
  const comment = await a.asMember[1].graphql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { objectId: ids.kolback, body: 'Kranförarna väntar på signal varje natt.', visibility: 'MEMBERS' },
  });
  const hidden = await a.asMember[1].graphql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { objectId: ids.kolback, body: 'Fotbollsresultaten från i går.', visibility: 'MEMBERS' },
  });
  expect(comment.errors).toBeUndefined();
  const hide = await a.asStaff.graphql(`mutation($id: ID!) { hideComment(id: $id, reason: "Hör inte hit") { id } }`, {
    id: hidden.data!.addComment.id,
  });
  expect(hide.errors).toBeUndefined();
  // Nine writes through the API: more than the default 30 s on a busy machine.
}, 120_000);
afterAll(() => flaskhals.stop());

async function hits(client: GraphQLClient, text: string, extra: Record<string, unknown> = {}) {
  const res = await client.graphql(SEARCH, { input: { text, filter: { arenaId: a.arena.id, ...extra } }, first: 50 });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.search as {
    totalCount: number;
    edges: { node: { score: number; matchedIn: string[]; object: { id: string; name: string } } }[];
  };
}
const names = (found: Awaited<ReturnType<typeof hits>>) => found.edges.map((e) => e.node.object.name);

describe('the arena search', () => {
  it('finds by Swedish word forms: "hamnar" finds "Köpings hamn"', async () => {
    expect(names(await hits(a.asMember[1], 'hamnar'))).toEqual(expect.arrayContaining(['Köpings hamn', 'Norrköpings hamn']));
  });

  it('finds a part of a compound: "hamn" finds "Västeråshamnen"', async () => {
    expect(names(await hits(a.asMember[1], 'hamn'))).toContain('Västeråshamnen');
  });

  it('finds without accents: "koping" finds "Köpings hamn" first', async () => {
    expect(names(await hits(a.asMember[1], 'koping'))[0]).toMatch(/Köping/);
  });

  it('ranks whole words first: "Köping" lists the Köping objects before Norrköping', async () => {
    const found = names(await hits(a.asMember[1], 'Köping'));
    expect(found).toContain('Norrköpings hamn');
    const norrkoping = found.indexOf('Norrköpings hamn');
    expect(found.indexOf('Köpings hamn')).toBeLessThan(norrkoping);
    expect(found.indexOf('E18 Västerås–Köping')).toBeLessThan(norrkoping);
  });

  it('"E18" finds the E18 object, for a visitor too', async () => {
    for (const client of [visitor, a.asMember[1]]) {
      const found = await hits(client, 'E18');
      expect(found.edges[0].node.object.id).toBe(ids.e18);
      expect(found.edges[0].node.matchedIn).toContain('OBJECT');
    }
  });

  it("never finds a confidential report's words for another member or a visitor; staff and the reporting organization find them", async () => {
    expect((await hits(visitor, 'klorgastankar')).totalCount).toBe(0);
    expect((await hits(a.asMember[1], 'klorgastankar')).totalCount).toBe(0);
    expect((await hits(a.asObserver, 'klorgastankar')).totalCount).toBe(0);
    const staff = await hits(a.asStaff, 'klorgastankar');
    expect(names(staff)).toEqual(['Hallstahammars industrispår']);
    expect(staff.edges[0].node.matchedIn).toEqual(['REPORT']);
    expect(names(await hits(a.asMember[0], 'klorgastank'))).toEqual(['Hallstahammars industrispår']);
  });

  it("finds members' report texts for members only, and comments the reader sees but never hidden ones", async () => {
    expect(names(await hits(a.asMember[1], 'växelvärmare'))).toEqual(['Surahammars bruk']);
    expect((await hits(visitor, 'växelvärmare')).totalCount).toBe(0);
    const comment = await hits(a.asMember[0], 'kranförare');
    expect(names(comment)).toEqual(['Kolbäcks bangård']);
    expect(comment.edges[0].node.matchedIn).toEqual(['COMMENT']);
    expect((await hits(visitor, 'kranförare')).totalCount).toBe(0);
    expect((await hits(a.asStaff, 'fotbollsresultaten')).totalCount).toBe(0);
  });

  it('applies the map filters, pages with a cursor and counts every hit', async () => {
    expect(names(await hits(a.asMember[1], 'hamn', { kinds: ['ROAD'] }))).toEqual([]);
    const all = await hits(a.asMember[1], 'hamn');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await a.asMember[1].graphql(SEARCH, { input: { text: 'hamn', filter: { arenaId: a.arena.id } }, first: 1, after });
      expect(res.data.search.totalCount).toBe(all.totalCount);
      seen.push(...res.data.search.edges.map((e: any) => e.node.object.name));
      after = res.data.search.pageInfo.hasNextPage ? res.data.search.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(names(all));
  });

  it('refuses a text of one letter and a forged cursor as BAD_USER_INPUT naming the field', async () => {
    const short = await visitor.graphql(SEARCH, { input: { text: ' k ', filter: { arenaId: a.arena.id } } });
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const forged = await visitor.graphql(SEARCH, { input: { text: 'hamn', filter: { arenaId: a.arena.id } }, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('finds an object by its new name after staff correct it: the writes keep the search columns', async () => {
    expect((await hits(a.asMember[1], 'Strömsholmsspåret')).totalCount).toBe(0);
    const corrected = await a.asStaff.graphql(`mutation($input: CorrectObjectInput!) { correctObject(input: $input) { id name } }`, {
      input: { objectId: ids.kolback, name: 'Strömsholmsspåret' },
    });
    expect(corrected.errors).toBeUndefined();
    expect(names(await hits(a.asMember[1], 'Strömsholmsspåret'))).toEqual(['Strömsholmsspåret']);
    expect(names(await hits(a.asMember[1], 'stromsholm'))).toContain('Strömsholmsspåret');
  });

  it('uses the GIN indexes of the search columns', async () => {
    const plan = async (statement: string) =>
      (await flaskhals.db.query(`EXPLAIN ${statement}`)).map((r: any) => r['QUERY PLAN']).join('\n') as string;
    await flaskhals.db.query('SET enable_seqscan = off');
    try {
      expect(await plan(`SELECT id FROM infrastructure_object WHERE search_document @@ websearch_to_tsquery('swedish', 'hamn')`)).toMatch(
        /infrastructure_object_search_document_idx/,
      );
      expect(await plan(`SELECT id FROM infrastructure_object WHERE 'hamn' <% search_plain`)).toMatch(
        /infrastructure_object_search_plain_idx/,
      );
      expect(await plan(`SELECT id FROM report WHERE search_document @@ websearch_to_tsquery('swedish', 'hamn')`)).toMatch(
        /report_search_document_idx/,
      );
    } finally {
      await flaskhals.db.query('RESET enable_seqscan');
    }
  });
});

describe('the place search', () => {
  it('offers the municipality for "Köping" and "koping", with bounds around the town, for a visitor', async () => {
    for (const text of ['Köping', 'koping']) {
      const res = await visitor.graphql(PLACES, { text });
      expect(res.errors).toBeUndefined();
      const [place] = res.data!.places;
      expect(place).toMatchObject({ kind: 'MUNICIPALITY', name: 'Köping', code: '1983', region: 'Västmanland' });
      const [minLng, minLat, maxLng, maxLat] = place.bbox;
      expect(minLng < 15.99 && 15.99 < maxLng && minLat < 59.51 && 59.51 < maxLat).toBe(true);
    }
  });

  it('offers the town Västerås first, then its municipality', async () => {
    const res = await visitor.graphql(PLACES, { text: 'Västerås' });
    expect(res.data!.places.slice(0, 2).map((p: any) => [p.kind, p.name])).toEqual([
      ['TOWN', 'Västerås'],
      ['MUNICIPALITY', 'Västerås'],
    ]);
  });

  it('caps its answer and refuses to give more than 20', async () => {
    expect((await visitor.graphql(PLACES, { text: 'an', first: 3 })).data!.places).toHaveLength(3);
    expect((await visitor.graphql(PLACES, { text: 'an', first: 50 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
