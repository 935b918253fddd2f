import { Logger } from '@nestjs/common';

import { type ArenaFixture, createArena, rowCounts } from '../../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
let errors: jest.SpyInstance;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'text-hygiene', ['Hygienåkeriet AB']);
});
afterAll(() => flaskhals.stop());
beforeEach(() => {
  errors = jest.spyOn(Logger.prototype, 'error');
});
afterEach(() => jest.restoreAllMocks());

const NUL = 'ila\u0000vastmanland';
const LONE_SURROGATE = 'Köping \ud800';

describe('every text argument of every operation: no NUL, no half of a surrogate pair', () => {
  it.each([
    ['arena(slug) as a variable', () => flaskhals.graphql(`query($s: String) { arena(slug: $s) { id } }`, { s: NUL }), 'slug'],
    ['arena(slug) as a literal', () => flaskhals.graphql(`{ arena(slug: "ila\\u0000vastmanland") { id } }`), 'slug'],
    [
      'signIn(email)',
      () =>
        flaskhals.graphql(`mutation($e: String!) { signIn(email: $e, password: "lösenord-123") { id } }`, {
          e: 'medlem\u0000@ila.example',
        }),
      'email',
    ],
    ['requestPasswordReset(email)', () => flaskhals.graphql(`mutation { requestPasswordReset(email: "a\\u0000@b.se") }`), 'email'],
    [
      'invitationByToken(token)',
      () => flaskhals.graphql(`query($t: String!) { invitationByToken(token: $t) { email } }`, { t: 'x\u0000' }),
      'token',
    ],
    [
      'objects(filter.search), half a surrogate pair',
      () =>
        fixture.asMember[0].graphql(`query($f: ObjectFilter) { objects(filter: $f) { totalCount } }`, {
          f: { arenaId: fixture.arena.id, search: LONE_SURROGATE },
        }),
      'filter.search',
    ],
    [
      'organizations(search) in a fragment',
      () =>
        fixture.asStaff.graphql(`query($s: String) { ...list } fragment list on Query { organizations(search: $s) { totalCount } }`, {
          s: NUL,
        }),
      'search',
    ],
    [
      'inviteMember(input.email), inside an input as the services name it',
      () =>
        fixture.asAdmin.graphql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, {
          i: { arenaId: fixture.arena.id, organizationId: fixture.members[0].id, role: 'MEMBER', email: 'ny\u0000@example.se' },
        }),
      'email',
    ],
    [
      'createOrganization(input.name), a literal inside a literal input',
      () =>
        fixture.asAdmin.graphql(
          `mutation { createOrganization(arenaId: "${fixture.arena.id}", input: { name: "Bolag\\u0000 AB", kind: COMPANY }) { id } }`,
        ),
      'name',
    ],
  ])('%s is BAD_USER_INPUT naming the field, not a server error, and writes nothing', async (_name, request, field) => {
    const before = await rowCounts(flaskhals.db);
    const res = await request();
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, fieldErrors: [{ field, code: 'invalidCharacters' }] });
    expect(await rowCounts(flaskhals.db)).toEqual(before);
    expect(errors).not.toHaveBeenCalled();
  });

  it('answers with HTTP 400, as for an invalid variable', async () => {
    const response = await fetch(`${flaskhals.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'query($s: String) { arena(slug: $s) { id } }', variables: { s: NUL } }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'slug',
      fieldErrors: [{ field: 'slug', code: 'invalidCharacters' }],
    });
  });

  it('leaves text without them alone, whatever else it holds', async () => {
    const res = await flaskhals.graphql(`query($s: String) { arena(slug: $s) { slug } }`, { s: 'text-hygiene' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ arena: { slug: 'text-hygiene' } });
    const emoji = await fixture.asMember[0].graphql(`query($f: ObjectFilter) { objects(filter: $f) { totalCount } }`, {
      f: { arenaId: fixture.arena.id, search: 'Hamn 🚢 Å' },
    });
    expect(emoji.errors).toBeUndefined();
  });
});

describe('a request whose variables hold many invalid values', () => {
  it('is BAD_USER_INPUT, every error of it, and nothing is logged as a server error', async () => {
    const kinds = Array.from({ length: 5000 }, (_, i) => `NO_SUCH_KIND_${i}`);
    const res = await fixture.asMember[0].graphql(`query($f: ObjectFilter) { objects(filter: $f) { totalCount } }`, {
      f: { arenaId: fixture.arena.id, kinds },
    });
    expect(res.data ?? null).toBeNull();
    // graphql-js stops after 50 invalid values and says so in one more error.
    expect(res.errors!.length).toBeGreaterThan(1);
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(res.errors!.map(() => 'BAD_USER_INPUT'));
    expect(res.errors![0].extensions!.field).toBe('f.kinds[0]');
    expect(res.errors!.at(-1)!.message).toMatch(/Too many errors/);
    expect(errors).not.toHaveBeenCalled();
  });
});
