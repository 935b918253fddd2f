import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let b: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'diskussion', ['Hamnbolaget AB', 'Åkeriet AB']);
  b = await createArena(flaskhals, 'diskussion-b', ['Annan arena AB']);
});
afterAll(() => flaskhals.stop());

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id bodyHtml markdown visibility authorName organizationName canEdit hidden } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { id bodyHtml editedAt canEdit } }`;
const HIDE = `mutation($id: ID!, $reason: String!) { hideComment(id: $id, reason: $reason) { id hidden hiddenReason bodyHtml } }`;
const HISTORY = `query($id: ID!) { object(id: $id) { timeline(first: 50) { edges { node { kind data } } } } }`;
const UNHIDE = `mutation($id: ID!) { unhideComment(id: $id) { id hidden bodyHtml } }`;
const COMMENTS = `query($id: ID!, $first: Int, $after: String) { object(id: $id) { comments(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id bodyHtml markdown hidden hiddenReason visibility authorName organizationName editedAt } } } } }`;
const CANDIDATES = `query($o: ID!, $v: ReportVisibility, $s: String) { mentionCandidates(objectId: $o, visibility: $v, search: $s, first: 50) { totalCount edges { node { id name organizationName } } } }`;
const TIMELINE = `query($id: ID!) { object(id: $id) { timeline(first: 50) { edges { node { kind visibility data } } } } }`;

async function newObject(client: GraphQLClient, name: string, visibility = 'MEMBERS') {
  const res = await client.graphql(REPORT_MUTATION, {
    input: newObjectReport(a, { visibility }, { name, geometry: point(16.4 + Math.random() / 10, 59.5) }),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id as string;
}

async function comment(client: GraphQLClient, objectId: string, body: string, visibility?: string) {
  const res = await client.graphql(ADD, { input: { objectId, body, visibility } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.addComment;
}

async function commentIds(client: GraphQLClient, objectId: string): Promise<string[] | null> {
  const res = await client.graphql(COMMENTS, { id: objectId, first: 100 });
  return res.data?.object ? res.data.object.comments.edges.map((e: any) => e.node.id) : null;
}

async function personId(objectId: string, name: string): Promise<string> {
  const res = await a.asStaff.graphql(CANDIDATES, { o: objectId, s: name });
  return res.data!.mentionCandidates.edges[0].node.id;
}

describe('comments', () => {
  it('shows each tier only to those it is for: own organization, other members, visitors, staff, another arena', async () => {
    const objectId = await newObject(a.asMember[0], 'Diskussionshamnen', 'PUBLIC');
    const own = await comment(a.asMember[0], objectId, 'Bara för oss', 'ORGANIZATION');
    const members = await comment(a.asMember[0], objectId, 'För alla medlemmar');
    const open = await comment(a.asMember[0], objectId, 'För alla', 'PUBLIC');
    expect(members.visibility).toBe('MEMBERS');
    expect(await commentIds(a.asMember[0], objectId)).toEqual([own.id, members.id, open.id]);
    expect(await commentIds(a.asMember[1], objectId)).toEqual([members.id, open.id]);
    expect(await commentIds(a.asObserver, objectId)).toEqual([members.id, open.id]);
    expect(await commentIds(a.asStaff, objectId)).toEqual([own.id, members.id, open.id]);
    expect(await commentIds(flaskhals.client(null), objectId)).toEqual([open.id]);
    expect(await commentIds(b.asMember[0], objectId)).toEqual([open.id]);
    // Visitors and other arenas read the organization, not the person.
    const visitor = (await flaskhals.graphql(COMMENTS, { id: objectId })).data!.object.comments.edges[0].node;
    expect(visitor).toMatchObject({ authorName: null, organizationName: 'Hamnbolaget AB' });
    // An observer reads but does not write; another arena's member neither.
    expect((await a.asObserver.graphql(ADD, { input: { objectId, body: 'Hej' } })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await b.asMember[0].graphql(ADD, { input: { objectId, body: 'Hej' } })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('pages the discussion oldest first', async () => {
    const objectId = await newObject(a.asMember[0], 'Sidhamnen');
    for (const n of [1, 2, 3]) await comment(a.asMember[1], objectId, `Inlägg ${n}`);
    const first = (await a.asMember[0].graphql(COMMENTS, { id: objectId, first: 2 })).data!.object.comments;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.markdown)).toEqual(['Inlägg 1', 'Inlägg 2']);
    const rest = (await a.asMember[0].graphql(COMMENTS, { id: objectId, first: 2, after: first.pageInfo.endCursor })).data!.object.comments;
    expect(rest.edges.map((e: any) => e.node.markdown)).toEqual(['Inlägg 3']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('renders Markdown safely: no script, no event handler, no javascript: link reaches bodyHtml', async () => {
    const objectId = await newObject(a.asMember[0], 'XSS-hamnen');
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '[y](JAVASCRIPT:alert(1))',
      '<a href="javascript:alert(1)">z</a>',
      '![bild](javascript:alert(1))',
    ];
    const created = await comment(a.asMember[0], objectId, `**Fet** och https://www.trafikverket.se\n\n${attacks.join('\n\n')}`);
    const html: string = created.bodyHtml;
    expect(html).toContain('<strong>Fet</strong>');
    expect(html).toContain('<a href="https://www.trafikverket.se" rel="noopener nofollow ugc">');
    // Only the escaped text of the attacks is left: no element, no handler attribute, no script link.
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(html).not.toMatch(/<a[^>]*href="\s*javascript:/i);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;');
    // The form's preview renders by the same rules.
    const preview = await a.asMember[1].graphql(`query($o: ID!, $b: String!) { commentPreview(objectId: $o, body: $b) }`, {
      o: objectId,
      b: '<img src=x onerror=alert(1)> *ok*',
    });
    expect(preview.data!.commentPreview).toBe('<p>&lt;img src=x onerror=alert(1)&gt; <em>ok</em></p>');
    expect(
      (await flaskhals.graphql(`query($o: ID!) { commentPreview(objectId: $o, body: "x") }`, { o: objectId })).errors![0].extensions!.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('lets the author edit for 15 minutes, shows the edit time, and refuses the 16th minute and other people', async () => {
    const objectId = await newObject(a.asMember[0], 'Redigeringshamnen');
    const created = await comment(a.asMember[0], objectId, 'Första versionen');
    expect(created.canEdit).toBe(true);
    const edited = await a.asMember[0].graphql(EDIT, { input: { commentId: created.id, body: 'Andra *versionen*' } });
    expect(edited.data!.editComment).toMatchObject({ bodyHtml: '<p>Andra <em>versionen</em></p>', canEdit: true });
    expect(edited.data!.editComment.editedAt).toBeTruthy();
    const other = await a.asMember[1].graphql(EDIT, { input: { commentId: created.id, body: 'Kapad' } });
    expect(other.errors![0].extensions!.fieldErrors[0].code).toBe('notAuthor');
    const staff = await a.asStaff.graphql(EDIT, { input: { commentId: created.id, body: 'Kansliet skriver om' } });
    expect(staff.errors![0].extensions!.fieldErrors[0].code).toBe('notAuthor');

    await flaskhals.db.query(`UPDATE comment SET created_at = now() - interval '15 minutes 30 seconds' WHERE id = $1`, [created.id]);
    const late = await a.asMember[0].graphql(EDIT, { input: { commentId: created.id, body: 'För sent' } });
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(late.errors![0].extensions!.fieldErrors[0].code).toBe('editWindowClosed');
    const stored = (await a.asMember[0].graphql(COMMENTS, { id: objectId })).data!.object.comments.edges[0].node;
    expect(stored.markdown).toBe('Andra *versionen*');
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const objectId = await newObject(a.asMember[0], 'Felhamnen');
    const before = Number((await flaskhals.db.query('SELECT count(*) AS n FROM comment'))[0].n);
    const empty = await a.asMember[0].graphql(ADD, { input: { objectId, body: '   ' } });
    expect(empty.errors![0].extensions!.fieldErrors[0]).toMatchObject({ field: 'input.body', code: 'required' });
    const long = await a.asMember[0].graphql(ADD, { input: { objectId, body: 'x'.repeat(10_001) } });
    expect(long.errors![0].extensions!.fieldErrors[0]).toMatchObject({ field: 'input.body', code: 'tooLong' });
    const unknown = await a.asMember[0].graphql(ADD, { input: { objectId: '00000000-0000-4000-8000-000000000000', body: 'Hej' } });
    expect(unknown.errors![0].extensions!.fieldErrors[0]).toMatchObject({ field: 'input.objectId', code: 'notFound' });
    expect(Number((await flaskhals.db.query('SELECT count(*) AS n FROM comment'))[0].n)).toBe(before);
  });
});

describe('hiding', () => {
  it('staff hide a comment with a reason: others see "hidden" and the reason, staff still the text; unhide shows it again', async () => {
    const objectId = await newObject(a.asMember[0], 'Döljhamnen');
    const created = await comment(a.asMember[1], objectId, 'Olämpligt inlägg');
    const byMember = await a.asMember[0].graphql(HIDE, { id: created.id, reason: 'Nej' });
    expect(byMember.errors![0].extensions!.code).toBe('FORBIDDEN');
    const hidden = await a.asStaff.graphql(HIDE, { id: created.id, reason: 'Personangrepp' });
    expect(hidden.data!.hideComment).toMatchObject({ hidden: true, hiddenReason: 'Personangrepp', bodyHtml: '<p>Olämpligt inlägg</p>' });
    for (const reader of [a.asMember[0], a.asMember[1]]) {
      const node = (await reader.graphql(COMMENTS, { id: objectId })).data!.object.comments.edges[0].node;
      expect(node).toMatchObject({ hidden: true, hiddenReason: 'Personangrepp', bodyHtml: null, markdown: null });
    }
    // Its words leave the object's history too (and the notifications and inbox lines read from it).
    const excerptIn = async () =>
      (await a.asMember[0].graphql(HISTORY, { id: objectId })).data!.object.timeline.edges.find((e: any) => e.node.kind === 'COMMENTED')
        .node.data;
    expect(await excerptIn()).toMatchObject({ excerpt: null, hidden: true });
    const late = await a.asMember[1].graphql(EDIT, { input: { commentId: created.id, body: 'Ny text' } });
    expect(late.errors![0].extensions!.fieldErrors[0].code).toBe('commentHidden');
    const noReason = await a.asStaff.graphql(HIDE, { id: created.id, reason: ' ' });
    expect(noReason.errors![0].extensions!.fieldErrors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const shown = await a.asStaff.graphql(UNHIDE, { id: created.id });
    expect(shown.data!.unhideComment).toMatchObject({ hidden: false });
    const node = (await a.asMember[0].graphql(COMMENTS, { id: objectId })).data!.object.comments.edges[0].node;
    expect(node).toMatchObject({ hidden: false, hiddenReason: null, bodyHtml: '<p>Olämpligt inlägg</p>' });
    expect(await excerptIn()).toMatchObject({ excerpt: 'Olämpligt inlägg', hidden: false });
  });
});

describe('mentions', () => {
  it('renders a mention as the person’s name, records them, and tells the history (COMMENTED with the comment’s tier)', async () => {
    const objectId = await newObject(a.asMember[0], 'Nämnhamnen');
    const other = await personId(objectId, 'medlem1');
    const created = await comment(a.asMember[0], objectId, `Hej @[Vem som helst](${other}), **titta** här!`);
    expect(created.bodyHtml).toBe(`<p>Hej <span class="mention" data-user-id="${other}">@medlem1</span>, <strong>titta</strong> här!</p>`);
    const mentions = await flaskhals.db.query('SELECT user_id FROM comment_mention WHERE comment_id = $1', [created.id]);
    expect(mentions).toEqual([{ user_id: other }]);
    const events = (await a.asMember[1].graphql(TIMELINE, { id: objectId })).data!.object.timeline.edges.map((e: any) => e.node);
    expect(events[0]).toEqual({
      kind: 'COMMENTED',
      visibility: 'MEMBERS',
      data: { commentId: created.id, excerpt: 'Hej @medlem1, titta här!', mentionedUserIds: [other] },
    });
    // An organization-only comment is in the history of its organization and staff only.
    await comment(a.asMember[0], objectId, 'Internt', 'ORGANIZATION');
    const kinds = async (c: GraphQLClient) =>
      (await c.graphql(TIMELINE, { id: objectId })).data!.object.timeline.edges.filter((e: any) => e.node.kind === 'COMMENTED').length;
    expect([await kinds(a.asMember[0]), await kinds(a.asMember[1]), await kinds(a.asStaff)]).toEqual([2, 1, 2]);
  });

  it("puts a member's comment in the secretariat's triage queue; the secretariat's own comment does not", async () => {
    const QUEUE = `query($a: ID) { triageQueue(arenaId: $a, first: 200) { items { edges { node { object { id } events { kind } } } } } }`;
    const objectId = await newObject(a.asStaff, 'Köhamnen');
    const waiting = async () =>
      (await a.asStaff.graphql(QUEUE, { a: a.arena.id })).data!.triageQueue.items.edges.find((e: any) => e.node.object.id === objectId)
        ?.node;
    await comment(a.asStaff, objectId, 'Kansliet noterar');
    expect(await waiting()).toBeUndefined();
    await comment(a.asMember[1], objectId, 'Vi också!');
    expect((await waiting()).events.map((e: any) => e.kind)).toEqual(['COMMENTED']);
  });

  it('offers and accepts only people who will see the comment', async () => {
    const objectId = await newObject(a.asMember[0], 'Kandidathamnen');
    const names = async (v: string) =>
      (await a.asMember[0].graphql(CANDIDATES, { o: objectId, v })).data!.mentionCandidates.edges.map((e: any) => e.node.name).sort();
    expect(await names('MEMBERS')).toEqual(['admin', 'kansli', 'medlem0', 'medlem1', 'observator']);
    expect(await names('ORGANIZATION')).toEqual(['admin', 'kansli', 'medlem0']);
    const other = await personId(objectId, 'medlem1');
    const before = Number((await flaskhals.db.query('SELECT count(*) AS n FROM comment'))[0].n);
    const refused = await a.asMember[0].graphql(ADD, {
      input: { objectId, body: `Hemligt @[medlem1](${other})`, visibility: 'ORGANIZATION' },
    });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(refused.errors![0].extensions!.fieldErrors[0]).toMatchObject({ code: 'mentionNotAllowed', params: { userId: other } });
    const outsider = (await b.asStaff.graphql(CANDIDATES, { o: objectId })).errors;
    expect(outsider![0].extensions!.fieldErrors?.[0]?.code ?? outsider![0].extensions!.code).toMatch(/notFound|FORBIDDEN/);
    const unknownPerson = await a.asMember[0].graphql(ADD, {
      input: { objectId, body: '@[Okänd](00000000-0000-4000-8000-000000000000)' },
    });
    expect(unknownPerson.errors![0].extensions!.fieldErrors[0].code).toBe('mentionNotAllowed');
    expect(Number((await flaskhals.db.query('SELECT count(*) AS n FROM comment'))[0].n)).toBe(before);
  });
});
