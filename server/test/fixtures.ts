import type { DataSource } from 'typeorm';
import { Arena } from '../src/arenas/arena.entity';
import { ArenaMembership } from '../src/organizations/arena-membership.entity';
import { Organization } from '../src/organizations/organization.entity';

export interface ArenaFixture {
  arena: Arena;
  /** Member organizations, in creation order. */
  members: Organization[];
  /** An organization that is not a member of this arena. */
  outsider: Organization;
}

/** An arena with member organizations, written straight to the database as test set-up. */
export async function createArena(db: DataSource, slug: string, memberNames: string[]): Promise<ArenaFixture> {
  const arena = await db.getRepository(Arena).save({ slug, name: `Arena ${slug}`, mapCenterLng: 16.5, mapCenterLat: 59.6, mapZoom: 9 });
  const members: Organization[] = [];
  for (const name of memberNames) {
    const org = await db.getRepository(Organization).save({ name, kind: 'COMPANY', municipality: 'Västerås' });
    await db.getRepository(ArenaMembership).insert({ arenaId: arena.id, organizationId: org.id });
    members.push(org);
  }
  const outsider = await db.getRepository(Organization).save({ name: `Utomstående ${slug}`, kind: 'COMPANY', municipality: null });
  return { arena, members, outsider };
}

export const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });

export const zeroImpact = { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 };

export const REPORT_MUTATION = `
  mutation Report($input: ReportBottleneckInput!) {
    reportBottleneck(input: $input) {
      report { id title category impact { delayHoursPerWeek extraCostSekPerYear freightTonnesPerYear } organization { id name } }
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
export function newObjectReport(fixture: ArenaFixture, overrides: Record<string, unknown> = {}, objectOverrides: Record<string, unknown> = {}) {
  return {
    arenaId: fixture.arena.id,
    organizationId: fixture.members[0].id,
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
  for (const table of ['infrastructure_object', 'report', 'support', 'organization', 'arena']) {
    counts[table] = Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  }
  return counts;
}
