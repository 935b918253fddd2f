import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'medlemmar', ['Provåkeriet AB', 'Demostål AB']);
});
afterAll(() => flaskhals.stop());

const CREATE = `mutation($a: ID!, $i: OrganizationInput!) { createOrganization(arenaId: $a, input: $i) { id name orgNumber employees contactEmail } }`;
const DIRECTORY = `query($a: ID, $s: String, $first: Int, $after: String) { organizations(arenaId: $a, search: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name orgNumber contactName } } } }`;

describe('member administration', () => {
  it('staff add an organization with a valid organisationsnummer; members find it and its contact details', async () => {
    const created = await fixture.asStaff.graphql(CREATE, {
      a: fixture.arena.id,
      i: {
        name: 'Nya Hamnbolaget AB',
        kind: 'PORT_OR_TERMINAL_OPERATOR',
        orgNumber: '5560160680',
        employees: 120,
        contactName: 'Kontaktperson',
        contactEmail: 'Hamn@Example.se',
      },
    });
    expect(created.data!.createOrganization).toMatchObject({
      name: 'Nya Hamnbolaget AB',
      orgNumber: '556016-0680',
      employees: 120,
      contactEmail: 'hamn@example.se',
    });
    const found = await fixture.asMember[0].graphql(DIRECTORY, { a: fixture.arena.id, s: 'hamnbolaget' });
    expect(found.data!.organizations.edges).toEqual([
      { node: { name: 'Nya Hamnbolaget AB', orgNumber: '556016-0680', contactName: 'Kontaktperson' } },
    ]);

    const invalid = await fixture.asStaff.graphql(CREATE, {
      a: fixture.arena.id,
      i: { name: 'Fel AB', kind: 'COMPANY', orgNumber: '556016-0681' },
    });
    expect(invalid.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.orgNumber',
      fieldErrors: [{ code: 'invalidOrgNumber' }],
    });
    const taken = await fixture.asStaff.graphql(CREATE, {
      a: fixture.arena.id,
      i: { name: 'Kopian AB', kind: 'COMPANY', orgNumber: '556016-0680' },
    });
    expect(taken.errors![0].extensions).toMatchObject({ field: 'input.orgNumber', fieldErrors: [{ code: 'orgNumberTaken' }] });
    expect(
      (await fixture.asMember[0].graphql(CREATE, { a: fixture.arena.id, i: { name: 'Eget AB', kind: 'COMPANY' } })).errors![0].extensions!
        .code,
    ).toBe('FORBIDDEN');
  });

  it("hides an organization's contact details from visitors", async () => {
    await flaskhals.db.query(`UPDATE organization SET contact_name = 'Hemlig Kontakt', org_number = '202100-5489' WHERE id = $1`, [
      fixture.members[0].id,
    ]);
    const published = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(fixture, { visibility: 'PUBLIC' }, { name: 'Publicerad hamn' }),
    });
    const query = `query($id: ID!) { object(id: $id) { reports { edges { node { organization { name contactName orgNumber } } } } } }`;
    const asVisitor = await flaskhals.graphql(query, { id: published.data!.reportBottleneck.object.id });
    expect(asVisitor.data!.object.reports.edges[0].node.organization).toEqual({
      name: 'Provåkeriet AB',
      contactName: null,
      orgNumber: null,
    });
    const asMember = await fixture.asMember[1].graphql(query, { id: published.data!.reportBottleneck.object.id });
    expect(asMember.data!.object.reports.edges[0].node.organization).toEqual({
      name: 'Provåkeriet AB',
      contactName: 'Hemlig Kontakt',
      orgNumber: '202100-5489',
    });
  });

  it("admins change a person's role, which takes effect at once; nobody changes their own", async () => {
    const people = await fixture.asAdmin.graphql(
      `query($a: ID!, $s: String) { arenaPeople(arenaId: $a, search: $s) { edges { node { id name email role organization { name } } } } }`,
      { a: fixture.arena.id, s: 'medlem1' },
    );
    const person = people.data!.arenaPeople.edges[0].node;
    expect(person).toMatchObject({
      name: 'medlem1',
      email: 'medlem1@medlemmar.test',
      role: 'MEMBER',
      organization: { name: 'Demostål AB' },
    });
    const SET = `mutation($a: ID!, $u: ID!, $r: ArenaRole) { setUserRole(arenaId: $a, userId: $u, role: $r) }`;
    expect((await fixture.asStaff.graphql(SET, { a: fixture.arena.id, u: person.id, r: 'OBSERVER' })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await fixture.asAdmin.graphql(SET, { a: fixture.arena.id, u: person.id, r: 'OBSERVER' })).data!.setUserRole).toBe(true);
    expect((await fixture.asMember[1].graphql(REPORT_MUTATION, { input: newObjectReport(fixture) })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    await fixture.asAdmin.graphql(SET, { a: fixture.arena.id, u: person.id, r: null });
    expect((await fixture.asMember[1].graphql('{ arena(slug: "medlemmar") { myRole } }')).data!.arena.myRole).toBeNull();

    const me = await fixture.asAdmin.graphql('{ me { id } }');
    expect(
      (await fixture.asAdmin.graphql(SET, { a: fixture.arena.id, u: me.data!.me.id, r: 'MEMBER' })).errors![0].extensions,
    ).toMatchObject({ field: 'userId', fieldErrors: [{ code: 'ownRole' }] });
    const audit = await fixture.asAdmin.graphql(
      `query($a: ID!) { auditLog(arenaId: $a, filter: { entity: "role" }) { edges { node { action before after } } } }`,
      { a: fixture.arena.id },
    );
    expect(audit.data!.auditLog.edges.map((e: any) => e.node.action)).toEqual(['revoke', 'grant']);
  });
});

describe('the member directory at East Sweden Infra Cluster scale', () => {
  it('searches and pages through 500 member organizations and their people', async () => {
    const { arena } = fixture;
    await flaskhals.db.query(
      `WITH orgs AS (
         INSERT INTO organization (name, kind, municipality) SELECT 'Klusterbolag ' || lpad(i::text, 3, '0') || ' AB', 'COMPANY', 'Norrköping' FROM generate_series(1, 500) i RETURNING id, name
       ), members AS (
         INSERT INTO arena_membership (arena_id, organization_id) SELECT $1, id FROM orgs
       ), people AS (
         INSERT INTO user_account (email, name, password_hash, organization_id)
         SELECT 'person' || p || '.' || replace(lower(o.name), ' ', '') || '@example.se', 'Person ' || p || ' på ' || o.name, 'x', o.id FROM orgs o, generate_series(1, 3) p
         RETURNING id
       )
       INSERT INTO user_arena_role (user_id, arena_id, role) SELECT id, $1, 'MEMBER' FROM people`,
      [arena.id],
    );
    const search = await fixture.asMember[0].graphql(DIRECTORY, { a: arena.id, s: 'klusterbolag 42' });
    expect(search.data!.organizations.edges.map((e: any) => e.node.name)).toEqual([
      'Klusterbolag 420 AB',
      'Klusterbolag 421 AB',
      'Klusterbolag 422 AB',
      'Klusterbolag 423 AB',
      'Klusterbolag 424 AB',
      'Klusterbolag 425 AB',
      'Klusterbolag 426 AB',
      'Klusterbolag 427 AB',
      'Klusterbolag 428 AB',
      'Klusterbolag 429 AB',
    ]);

    let after: string | null = null;
    const names: string[] = [];
    do {
      const page: any = await fixture.asMember[0].graphql(DIRECTORY, { a: arena.id, s: 'klusterbolag', first: 100, after });
      names.push(...page.data.organizations.edges.map((e: any) => e.node.name));
      after = page.data.organizations.pageInfo.hasNextPage ? page.data.organizations.pageInfo.endCursor : null;
    } while (after);
    expect(names).toHaveLength(500);
    expect(new Set(names).size).toBe(500);

    const people = await fixture.asMember[0].graphql(
      `query($a: ID!, $s: String) { arenaPeople(arenaId: $a, search: $s, first: 10) { totalCount edges { node { name email } } } }`,
      { a: arena.id, s: 'Klusterbolag 007' },
    );
    expect(people.data!.arenaPeople.totalCount).toBe(3);
    // Members see other organizations' people by name, not their e-mail addresses.
    expect(people.data!.arenaPeople.edges.every((e: any) => e.node.email === null)).toBe(true);
  });
});
