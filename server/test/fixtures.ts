import type { ArenaRole } from '@flaskhals/shared';
import type { DataSource } from 'typeorm';

import { Arena } from '../src/arenas/arena.entity';
import { hashPassword } from '../src/auth/passwords';
import { User } from '../src/auth/user.entity';
import { UserArenaRole } from '../src/auth/user-arena-role.entity';
import { ArenaMembership } from '../src/organizations/arena-membership.entity';
import { Organization } from '../src/organizations/organization.entity';
import type { GraphQLClient, RunningFlaskhals } from './harness';

export const TEST_PASSWORD = 'testlösenord-123';

export interface ArenaFixture {
  arena: Arena;
  /** Member organizations, in creation order; members[i] is represented by asMember[i]. */
  members: Organization[];
  /** Signed-in MEMBER users, one per member organization. */
  asMember: GraphQLClient[];
  /** The secretariat (STAFF), of a chamber organization of its own. */
  asStaff: GraphQLClient;
  asAdmin: GraphQLClient;
  asObserver: GraphQLClient;
  /** An organization that is not a member of this arena, with a user without a role here. */
  outsider: Organization;
  asOutsider: GraphQLClient;
}

let hashed: Promise<string> | null = null;

/** Writes a user with a role (or none) straight to the database: test set-up, not the API under test. */
export async function createUser(
  db: DataSource,
  email: string,
  organizationId: string,
  roles: { arenaId: string; role: ArenaRole }[],
): Promise<User> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const user = await db.getRepository(User).save({ email, name: email.split('@')[0], passwordHash: await hashed, organizationId });
  for (const r of roles) await db.getRepository(UserArenaRole).insert({ userId: user.id, arenaId: r.arenaId, role: r.role });
  return user;
}

async function organization(db: DataSource, name: string, kind: Organization['kind'], arenaId: string | null): Promise<Organization> {
  const org = await db.getRepository(Organization).save({ name, kind, municipality: 'Västerås' });
  if (arenaId) await db.getRepository(ArenaMembership).insert({ arenaId, organizationId: org.id });
  return org;
}

/** An arena with member organizations and one signed-in user per role, set up in the database. */
export async function createArena(flaskhals: RunningFlaskhals, slug: string, memberNames: string[]): Promise<ArenaFixture> {
  const db = flaskhals.db;
  const arena = await db.getRepository(Arena).save({ slug, name: `Arena ${slug}`, mapCenterLng: 16.5, mapCenterLat: 59.6, mapZoom: 9 });
  const members: Organization[] = [];
  const asMember: GraphQLClient[] = [];
  for (const [i, name] of memberNames.entries()) {
    const org = await organization(db, name, 'COMPANY', arena.id);
    members.push(org);
    await createUser(db, `medlem${i}@${slug}.test`, org.id, [{ arenaId: arena.id, role: 'MEMBER' }]);
    asMember.push(await flaskhals.signIn(`medlem${i}@${slug}.test`, TEST_PASSWORD));
  }
  const chamber = await organization(db, `Kansliet ${slug}`, 'CHAMBER', arena.id);
  const region = await organization(db, `Regionen ${slug}`, 'REGION', arena.id);
  const outsider = await organization(db, `Utomstående ${slug}`, 'COMPANY', null);
  await createUser(db, `kansli@${slug}.test`, chamber.id, [{ arenaId: arena.id, role: 'STAFF' }]);
  await createUser(db, `admin@${slug}.test`, chamber.id, [{ arenaId: arena.id, role: 'ADMIN' }]);
  await createUser(db, `observator@${slug}.test`, region.id, [{ arenaId: arena.id, role: 'OBSERVER' }]);
  await createUser(db, `utomstaende@${slug}.test`, outsider.id, []);
  return {
    arena,
    members,
    asMember,
    asStaff: await flaskhals.signIn(`kansli@${slug}.test`, TEST_PASSWORD),
    asAdmin: await flaskhals.signIn(`admin@${slug}.test`, TEST_PASSWORD),
    asObserver: await flaskhals.signIn(`observator@${slug}.test`, TEST_PASSWORD),
    outsider,
    asOutsider: await flaskhals.signIn(`utomstaende@${slug}.test`, TEST_PASSWORD),
  };
}

export const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });

export const zeroImpact = { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 };

export const REPORT_MUTATION = `
  mutation Report($input: ReportBottleneckInput!) {
    reportBottleneck(input: $input) {
      report { id title category visibility impact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } organization { id name } }
      object { id name kind status geometry modes totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } organizationCount reportCount }
    }
  }`;

export const SUPPORT_MUTATION = `
  mutation Support($input: SupportReportInput!) {
    supportReport(input: $input) {
      support { id comment impact { delayHoursPerWeek } organization { name } }
      object { id totalImpact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } organizationCount reportCount }
    }
  }`;

/** A valid report on a new point object; override what a test is about. */
export function newObjectReport(
  fixture: ArenaFixture,
  overrides: Record<string, unknown> = {},
  objectOverrides: Record<string, unknown> = {},
) {
  return {
    arenaId: fixture.arena.id,
    title: 'Trång infart till hamnen',
    problem: 'Lastbilar köar vid grinden varje morgon.',
    category: 'CAPACITY',
    impact: { delayHoursPerWeek: 4.5, extraCostSekPerYear: 250000, freightTonnesPerYear: 120000 },
    proposedMeasure: 'Steg 2: bättre signalreglering',
    newObject: {
      name: 'Testhamnen',
      kind: 'PORT',
      description: 'En hamn i testet',
      geometry: point(16.53, 59.6),
      modes: ['SEA', 'ROAD'],
      municipality: 'Västerås',
      externalRefs: ['Kaj 7'],
      ...objectOverrides,
    },
    ...overrides,
  };
}

export async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['infrastructure_object', 'report', 'support', 'organization', 'arena', 'audit_entry']) {
    counts[table] = Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  }
  return counts;
}
