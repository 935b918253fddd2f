import { type ArenaFixture, createArena, createUser, TEST_PASSWORD } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
let second: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals({ env: { APP_URL: 'https://flaskhals.example.se' } });
  fixture = await createArena(flaskhals, 'inbjudan', ['Provåkeriet AB', 'Demostål AB']);
  second = await createArena(flaskhals, 'andra', ['Tredje bolaget AB']);
});
afterAll(() => flaskhals.stop());

const INVITE = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id email role state organization { name } arena { slug } } }`;
const PREVIEW = `query($t: String!) { invitationByToken(token: $t) { email role arenaName organizationName state hasAccount } }`;
const ACCEPT = `mutation($t: String!, $n: String, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { email name organization { name } arenas { role arena { slug } } } }`;

/** The link in the last mail to an address, as the person would click it. */
async function tokenMailedTo(email: string): Promise<string> {
  const rows = await flaskhals.db.query(`SELECT text_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [
    email,
  ]);
  const match = /\?token=([\w-]+)/.exec(rows[0]?.text_body ?? '');
  if (!match) throw new Error(`no link mailed to ${email}`);
  return match[1];
}

async function accept(token: string, name: string | null, password: string) {
  const response = await fetch(`${flaskhals.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: ACCEPT, variables: { t: token, n: name, p: password } }),
  });
  return { body: (await response.json()) as any, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? null };
}

describe('invitations', () => {
  it('staff invite a person by e-mail; the link shows the invitation, sets up the account and signs in', async () => {
    const invited = await fixture.asStaff.graphql(INVITE, {
      i: { arenaId: fixture.arena.id, organizationId: fixture.members[1].id, email: 'Ny.Person@Example.se', role: 'MEMBER' },
    });
    expect(invited.data!.inviteMember).toMatchObject({
      email: 'ny.person@example.se',
      role: 'MEMBER',
      state: 'PENDING',
      organization: { name: 'Demostål AB' },
      arena: { slug: 'inbjudan' },
    });
    const mail = await flaskhals.db.query(
      `SELECT subject, text_body, purpose, arena_id FROM email_outbox WHERE to_address = 'ny.person@example.se'`,
    );
    expect(mail[0]).toMatchObject({
      subject: 'Inbjudan till Arena inbjudan i Flaskhals',
      purpose: 'invitation',
      arena_id: fixture.arena.id,
    });
    expect(mail[0].text_body).toContain('https://flaskhals.example.se/inbjudan?token=');

    const token = await tokenMailedTo('ny.person@example.se');
    expect((await flaskhals.graphql(PREVIEW, { t: token })).data!.invitationByToken).toEqual({
      email: 'ny.person@example.se',
      role: 'MEMBER',
      arenaName: 'Arena inbjudan',
      organizationName: 'Demostål AB',
      state: 'PENDING',
      hasAccount: false,
    });
    const tooShort = await accept(token, 'Ny Person', 'kort');
    expect(tooShort.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await accept(token, 'Ny Person', 'ett-bra-lösenord');
    expect(accepted.body.data.acceptInvitation).toEqual({
      email: 'ny.person@example.se',
      name: 'Ny Person',
      organization: { name: 'Demostål AB' },
      arenas: [{ role: 'MEMBER', arena: { slug: 'inbjudan' } }],
    });
    const me = await flaskhals.client(accepted.cookie).graphql('{ me { email } }');
    expect(me.data!.me.email).toBe('ny.person@example.se');

    const again = await accept(token, 'Ny Person', 'ett-bra-lösenord');
    expect(again.body.errors[0].extensions).toMatchObject({ field: 'token', fieldErrors: [{ code: 'alreadyAccepted' }] });
    expect((await flaskhals.graphql(PREVIEW, { t: token })).data!.invitationByToken.state).toBe('ACCEPTED');
  });

  it('an existing user accepts with their own password and gains a role in another arena', async () => {
    await createUser(flaskhals.db, 'befintlig@example.se', second.members[0].id, [{ arenaId: second.arena.id, role: 'MEMBER' }]);
    await flaskhals.db.query(`INSERT INTO arena_membership (arena_id, organization_id) VALUES ($1, $2)`, [
      fixture.arena.id,
      second.members[0].id,
    ]);
    await fixture.asAdmin.graphql(INVITE, {
      i: { arenaId: fixture.arena.id, organizationId: second.members[0].id, email: 'befintlig@example.se', role: 'OBSERVER' },
    });
    const token = await tokenMailedTo('befintlig@example.se');
    expect((await flaskhals.graphql(PREVIEW, { t: token })).data!.invitationByToken.hasAccount).toBe(true);
    expect((await accept(token, null, 'fel-lösenord-här')).body.errors[0].extensions).toMatchObject({
      field: 'password',
      fieldErrors: [{ code: 'wrongCredentials' }],
    });
    const accepted = await accept(token, null, TEST_PASSWORD);
    expect(accepted.body.data.acceptInvitation.arenas.map((a: any) => `${a.arena.slug}:${a.role}`).sort()).toEqual([
      'andra:MEMBER',
      'inbjudan:OBSERVER',
    ]);
  });

  it('expire, can be revoked, and a revoked or expired link opens nothing', async () => {
    const expiring = await fixture.asStaff.graphql(INVITE, {
      i: { arenaId: fixture.arena.id, organizationId: fixture.members[0].id, email: 'sen@example.se', role: 'MEMBER' },
    });
    await flaskhals.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expiring.data!.inviteMember.id,
    ]);
    expect(
      (await accept(await tokenMailedTo('sen@example.se'), 'Sen Person', 'ett-bra-lösenord')).body.errors[0].extensions.fieldErrors[0].code,
    ).toBe('expired');

    const revoking = await fixture.asStaff.graphql(INVITE, {
      i: { arenaId: fixture.arena.id, organizationId: fixture.members[0].id, email: 'aterkallad@example.se', role: 'MEMBER' },
    });
    const revoked = await fixture.asStaff.graphql(`mutation($id: ID!) { revokeInvitation(invitationId: $id) { state } }`, {
      id: revoking.data!.inviteMember.id,
    });
    expect(revoked.data!.revokeInvitation.state).toBe('REVOKED');
    expect(
      (await accept(await tokenMailedTo('aterkallad@example.se'), 'Person', 'ett-bra-lösenord')).body.errors[0].extensions.fieldErrors[0]
        .code,
    ).toBe('revoked');
    expect((await flaskhals.graphql(PREVIEW, { t: 'gissad-token' })).data!.invitationByToken).toBeNull();
  });

  it('only staff invite, staff cannot make admins, and a person stays in their own organization', async () => {
    const input = { arenaId: fixture.arena.id, organizationId: fixture.members[0].id, email: 'x@example.se', role: 'MEMBER' };
    expect((await fixture.asMember[0].graphql(INVITE, { i: input })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await second.asStaff.graphql(INVITE, { i: input })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await fixture.asStaff.graphql(INVITE, { i: { ...input, role: 'ADMIN' } })).errors![0].extensions).toMatchObject({
      field: 'role',
      fieldErrors: [{ code: 'roleNotGrantable' }],
    });
    expect(
      (await fixture.asStaff.graphql(INVITE, { i: { ...input, email: 'medlem1@inbjudan.test' } })).errors![0].extensions,
    ).toMatchObject({ field: 'email', fieldErrors: [{ code: 'otherOrganization' }] });
    expect(
      (await fixture.asStaff.graphql(INVITE, { i: { ...input, organizationId: second.members[0].id + 'x' } })).errors![0].extensions!.field,
    ).toBe('organizationId');
    const list = await fixture.asStaff.graphql(
      `query($a: ID!) { invitations(arenaId: $a, first: 2) { totalCount pageInfo { hasNextPage } edges { node { email state } } } }`,
      { a: fixture.arena.id },
    );
    expect(list.data!.invitations.totalCount).toBeGreaterThanOrEqual(4);
    expect(list.data!.invitations.pageInfo.hasNextPage).toBe(true);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and signs out everywhere; unknown e-mails get the same answer and no mail', async () => {
    await createUser(flaskhals.db, 'glomsk@example.se', fixture.members[0].id, [{ arenaId: fixture.arena.id, role: 'MEMBER' }]);
    const before = await flaskhals.signIn('glomsk@example.se', TEST_PASSWORD);
    const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
    expect((await flaskhals.graphql(REQUEST, { e: 'Glomsk@Example.se' })).data!.requestPasswordReset).toBe(true);
    expect((await flaskhals.graphql(REQUEST, { e: 'okand@example.se' })).data!.requestPasswordReset).toBe(true);
    expect(await flaskhals.db.query(`SELECT 1 FROM email_outbox WHERE to_address = 'okand@example.se'`)).toHaveLength(0);

    const token = await tokenMailedTo('glomsk@example.se');
    const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
    expect((await flaskhals.graphql(RESET, { t: token, p: 'kort' })).errors![0].extensions).toMatchObject({ field: 'newPassword' });
    expect((await flaskhals.graphql(RESET, { t: token, p: 'helt-nytt-lösenord' })).data!.resetPassword).toBe(true);
    expect((await before.graphql('{ me { id } }')).data!.me).toBeNull();
    await flaskhals.signIn('glomsk@example.se', 'helt-nytt-lösenord');
    expect((await flaskhals.graphql(RESET, { t: token, p: 'ett-tredje-lösenord' })).errors![0].extensions!.fieldErrors[0].code).toBe(
      'alreadyAccepted',
    );
    expect((await flaskhals.graphql(RESET, { t: 'gissad', p: 'ett-tredje-lösenord' })).errors![0].extensions!.fieldErrors[0].code).toBe(
      'notFound',
    );
  });
});
