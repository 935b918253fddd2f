import { type ArenaFixture, createArena, createUser, newObjectReport, REPORT_MUTATION, TEST_PASSWORD } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'auth', ['Provåkeriet AB']);
});
afterAll(() => flaskhals.stop());

const ME = '{ me { email name organization { name } arenas { role arena { slug } } } }';

async function newUser(email: string) {
  await createUser(flaskhals.db, email, fixture.members[0].id, [{ arenaId: fixture.arena.id, role: 'MEMBER' }]);
  return flaskhals.signIn(email, TEST_PASSWORD);
}

describe('signing in', () => {
  it('gives an httpOnly, SameSite session cookie and tells who the user is, with the e-mail in any case', async () => {
    const response = await fetch(`${flaskhals.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(email: "MEDLEM0@Auth.Test", password: "testlösenord-123") { email } }' }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^flaskhals_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await flaskhals.client(cookie.split(';')[0]).graphql(ME);
    expect(me.data!.me).toEqual({
      email: 'medlem0@auth.test',
      name: 'medlem0',
      organization: { name: 'Provåkeriet AB' },
      arenas: [{ role: 'MEMBER', arena: { slug: 'auth' } }],
    });
  });

  it('answers a wrong password and an unknown e-mail alike, and nobody is signed in', async () => {
    const wrong = await flaskhals.graphql('mutation { signIn(email: "medlem0@auth.test", password: "fel-lösenord") { id } }');
    const unknown = await flaskhals.graphql('mutation { signIn(email: "ingen@auth.test", password: "fel-lösenord") { id } }');
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      fieldErrors: [{ code: 'wrongCredentials' }],
    });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect((await flaskhals.graphql(ME)).data!.me).toBeNull();
  });
});

describe('sessions', () => {
  it('end with sign-out: the old cookie no longer works', async () => {
    const user = await newUser('utloggning@auth.test');
    expect((await user.graphql(ME)).data!.me.email).toBe('utloggning@auth.test');
    await user.graphql('mutation { signOut }');
    expect((await user.graphql(ME)).data!.me).toBeNull();
    expect((await user.graphql(REPORT_MUTATION, { input: newObjectReport(fixture) })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('end everywhere at once with signOutEverywhere', async () => {
    await createUser(flaskhals.db, 'overallt@auth.test', fixture.members[0].id, [{ arenaId: fixture.arena.id, role: 'MEMBER' }]);
    const laptop = await flaskhals.signIn('overallt@auth.test', TEST_PASSWORD);
    const phone = await flaskhals.signIn('overallt@auth.test', TEST_PASSWORD);
    await phone.graphql('mutation { signOutEverywhere }');
    expect((await laptop.graphql(ME)).data!.me).toBeNull();
    expect((await phone.graphql(ME)).data!.me).toBeNull();
  });

  it('expire at their end date and after being idle too long', async () => {
    const expiring = await newUser('utgang@auth.test');
    await flaskhals.db.query(
      `UPDATE user_session s SET expires_at = now() - interval '1 second' FROM user_account u WHERE u.id = s.user_id AND u.email = 'utgang@auth.test'`,
    );
    expect((await expiring.graphql(ME)).data!.me).toBeNull();

    const idle = await newUser('inaktiv@auth.test');
    await flaskhals.db.query(
      `UPDATE user_session s SET last_seen_at = now() - interval '8 days' FROM user_account u WHERE u.id = s.user_id AND u.email = 'inaktiv@auth.test'`,
    );
    expect((await idle.graphql(ME)).data!.me).toBeNull();
  });

  it('a new password ends the other sessions but keeps this one, and the old password stops working', async () => {
    await createUser(flaskhals.db, 'byte@auth.test', fixture.members[0].id, [{ arenaId: fixture.arena.id, role: 'MEMBER' }]);
    const here = await flaskhals.signIn('byte@auth.test', TEST_PASSWORD);
    const elsewhere = await flaskhals.signIn('byte@auth.test', TEST_PASSWORD);
    const tooShort = await here.graphql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', {
      c: TEST_PASSWORD,
      n: 'kort',
    });
    expect(tooShort.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      fieldErrors: [{ code: 'tooShort' }],
    });
    const wrongCurrent = await here.graphql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', {
      c: 'gissat-lösenord',
      n: 'ett-nytt-lösenord',
    });
    expect(wrongCurrent.errors![0].extensions).toMatchObject({ field: 'currentPassword' });

    const changed = await here.graphql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', {
      c: TEST_PASSWORD,
      n: 'ett-nytt-lösenord',
    });
    expect(changed.data!.changePassword).toBe(true);
    expect((await here.graphql(ME)).data!.me.email).toBe('byte@auth.test');
    expect((await elsewhere.graphql(ME)).data!.me).toBeNull();
    await expect(flaskhals.signIn('byte@auth.test', TEST_PASSWORD)).rejects.toThrow(/wrongCredentials|wrong/);
    await flaskhals.signIn('byte@auth.test', 'ett-nytt-lösenord');
    const audit = await flaskhals.db.query(
      `SELECT action, before, after FROM audit_entry WHERE entity = 'user' AND action = 'changePassword'`,
    );
    expect(audit).toHaveLength(1);
  });
});

describe('rate limits', () => {
  let limited: RunningFlaskhals;
  let limitedFixture: ArenaFixture;
  beforeAll(async () => {
    limited = await startFlaskhals({ env: { RATE_LIMIT_SIGN_IN: '12', RATE_LIMIT_MUTATIONS: '3' } });
    limitedFixture = await createArena(limited, 'limits', ['Provåkeriet AB']);
  });
  afterAll(() => limited.stop());

  it('stop guessing passwords with RATE_LIMITED and the seconds to wait, even for the right password', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 13 && !codes.includes('RATE_LIMITED'); i++) {
      codes.push(
        (await limited.graphql('mutation { signIn(email: "medlem0@limits.test", password: "gissning") { id } }')).errors![0].extensions!
          .code,
      );
    }
    // The fixture's sign-ins count too (same address): the 12th attempt from here at the latest is refused.
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes.slice(0, -1).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    const right = await limited.graphql(`mutation { signIn(email: "medlem0@limits.test", password: "${TEST_PASSWORD}") { id } }`);
    expect(right.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(60);
    expect(right.errors![0].message).toMatch(/Try again in \d+ seconds/);
  });

  it('stop a flood of mutations by one user, without writing', async () => {
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(
        await limitedFixture.asMember[0].graphql(REPORT_MUTATION, {
          input: newObjectReport(limitedFixture, {}, { name: `Flodobjekt ${i}` }),
        }),
      );
    expect(results.slice(0, 3).every((r) => !r.errors)).toBe(true);
    expect(results[3].errors![0].extensions!.code).toBe('RATE_LIMITED');
    const stored = await limited.db.query(`SELECT count(*)::int AS n FROM infrastructure_object WHERE name LIKE 'Flodobjekt %'`);
    expect(stored[0].n).toBe(3);
  });
});
