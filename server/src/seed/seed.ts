import {
  type Impact,
  impactSchema,
  newObjectSchema,
  OBJECT_STATUSES,
  type ObjectStatus,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  PLANNING_STAGES,
  REPORT_CATEGORIES,
  REPORT_VISIBILITIES,
  type ReportCategory,
  validate,
} from '@flaskhals/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';

import { Arena } from '../arenas/arena.entity';
import { hashPassword } from '../auth';
import { User } from '../auth/user.entity';
import { UserArenaRole } from '../auth/user-arena-role.entity';
import { insertObject } from '../objects';
import { ArenaMembership } from '../organizations/arena-membership.entity';
import { Organization } from '../organizations/organization.entity';
import { Report } from '../reports/report.entity';
import { Support } from '../reports/support.entity';
import objectsData from './data/objects.json';
import organizationsData from './data/organizations.json';
import reportsData from './data/reports.json';
import { seedDemoJudgements } from './demo-judgements';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoPriorities } from './demo-priorities';
import { seedDemoProtocol } from './demo-protocol';
import { DEMO_PASSWORD, DEMO_USERS, demoVisibility, SECOND_DEMO_ARENA } from './demo-users';
import { seedDemoVotes } from './demo-votes';

export const DEMO_ARENA = {
  slug: 'ila-vastmanland',
  name: 'Infrastruktur & Logistikarenan Västmanland',
  description:
    'Näringsliv, kommuner och hamnar i Västmanland och Mälardalen som tillsammans driver på för godstransporternas infrastruktur: hamnarna, Mälarbanan, E18 och godsstråken.',
  mapCenterLng: 16.55,
  mapCenterLat: 59.35,
  mapZoom: 8,
};

const organizationSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  municipality: z.string().nullish(),
});
const demoObjectSchema = z.intersection(
  newObjectSchema,
  z.object({ key: z.string(), status: z.enum(OBJECT_STATUSES), planningStage: z.enum(PLANNING_STAGES).optional() }),
);
const demoReportSchema = z.object({
  objectKey: z.string(),
  organizationKey: z.string(),
  title: z.string(),
  problem: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  impact: impactSchema,
  proposedMeasure: z.string().nullish(),
  /** Who sees it when the spread of demoVisibility is not what the demo needs (the E18 report is public: the search's placeholder). */
  visibility: z.enum(REPORT_VISIBILITIES).optional(),
  supports: z.array(z.object({ organizationKey: z.string(), comment: z.string().nullish(), impact: impactSchema })).default([]),
});

function parseAll<S extends z.ZodType>(schema: S, rows: unknown[], what: string): z.output<S>[] {
  return rows.map((row, i) => {
    const result = validate(schema, row);
    if (!result.ok) throw new Error(`Demo ${what} #${i} is invalid: ${JSON.stringify(result.errors)}`);
    return result.value;
  });
}

/** Loads the demo arena when the database has no arena yet; returns whether it did. */
export async function seedDemoDataIfEmpty(db: DataSource): Promise<boolean> {
  if ((await db.getRepository(Arena).count()) > 0) return false;
  await db.transaction((tx) => seedDemoData(tx));
  return true;
}

type DemoReport = z.output<typeof demoReportSchema>;
type DemoObject = z.output<typeof demoObjectSchema>;

function lookup(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo data refers to unknown key "${key}"`);
  return id;
}

export async function seedDemoData(tx: EntityManager): Promise<Arena> {
  const organizations = parseAll(organizationSchema, organizationsData, 'organization');
  const objects = parseAll(demoObjectSchema, objectsData, 'object');
  const reports = parseAll(demoReportSchema, reportsData, 'report');

  const orgIds = new Map<string, string>();
  for (const o of organizations) {
    const saved = await tx
      .getRepository(Organization)
      .save(
        tx.getRepository(Organization).create({ name: o.name, kind: o.kind as OrganizationKind, municipality: o.municipality ?? null }),
      );
    orgIds.set(o.key, saved.id);
  }
  const arena = await seedArena(
    tx,
    DEMO_ARENA,
    organizations.map((o) => o.key),
    objects,
    reports,
    orgIds,
  );
  await seedDemoJudgements(tx, arena.id, objects);
  const second = SECOND_DEMO_ARENA;
  await seedArena(
    tx,
    second.arena,
    second.memberKeys,
    objects.filter((o) => second.objectKeys.includes(o.key)),
    reports,
    orgIds,
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const arenaIds = new Map([[DEMO_ARENA.slug, arena.id]]);
  for (const a of await tx.getRepository(Arena).find()) arenaIds.set(a.slug, a.id);
  for (const u of DEMO_USERS) {
    const user = await tx
      .getRepository(User)
      .save({ email: u.email, name: u.name, passwordHash, organizationId: lookup(orgIds, u.organizationKey) });
    await tx.getRepository(UserArenaRole).insert({ userId: user.id, arenaId: arena.id, role: u.role });
    if (u.role === 'STAFF') await seedDemoMeetings(tx, arena.id, user.id);
    const elsewhere = second.roles[u.email];
    if (elsewhere)
      await tx.getRepository(UserArenaRole).insert({ userId: user.id, arenaId: lookup(arenaIds, second.arena.slug), role: elsewhere });
    // A view the secretariat shared with the arena, so the "Sparade vyer" menu is not empty for a newcomer.
    if (u.role === 'STAFF')
      await tx.query(`INSERT INTO saved_view (arena_id, owner_id, name, shared, view) VALUES ($1, $2, $3, true, $4)`, [
        arena.id,
        user.id,
        'Hamnarna i Mälardalen',
        JSON.stringify({
          kinds: ['PORT'],
          modes: [],
          statuses: [],
          categories: [],
          search: null,
          lat: 59.45,
          lng: 16.6,
          zoom: 8,
          mode: null,
        }),
      ]);
  }
  // After the users: the past meeting's adjusters are demo members.
  await seedDemoProtocol(tx, arena.id);
  await seedDemoPriorities(tx, arena.id);
  await seedDemoVotes(tx, arena.id);
  return arena;
}

/** One arena: its member organizations, its objects and the members' reports on them. */
async function seedArena(
  tx: EntityManager,
  definition: typeof DEMO_ARENA,
  memberKeys: string[],
  objects: DemoObject[],
  reports: DemoReport[],
  orgIds: Map<string, string>,
): Promise<Arena> {
  const arena = await tx.getRepository(Arena).save(tx.getRepository(Arena).create(definition));
  for (const key of memberKeys) await tx.getRepository(ArenaMembership).insert({ arenaId: arena.id, organizationId: lookup(orgIds, key) });
  const isMember = (key: string) => memberKeys.includes(key);
  // An object exists because somebody reported it: only those the arena's members reported.
  const reported = new Set(reports.filter((r) => isMember(r.organizationKey)).map((r) => r.objectKey));
  const objectIds = new Map<string, string>();
  for (const o of objects.filter((x) => reported.has(x.key)))
    objectIds.set(o.key, (await insertObject(tx, arena.id, { ...o, status: o.status as ObjectStatus })).id);
  for (const [index, r] of reports.entries()) {
    if (!objectIds.has(r.objectKey) || !isMember(r.organizationKey)) continue;
    const objectId = lookup(objectIds, r.objectKey);
    const report = await tx.getRepository(Report).save(
      tx.getRepository(Report).create({
        arenaId: arena.id,
        objectId,
        organizationId: lookup(orgIds, r.organizationKey),
        title: r.title,
        problem: r.problem,
        category: r.category as ReportCategory,
        proposedMeasure: r.proposedMeasure ?? null,
        visibility: r.visibility ?? demoVisibility(index),
        ...(r.impact as Impact),
      }),
    );
    for (const support of r.supports.filter((x) => isMember(x.organizationKey))) {
      await tx.getRepository(Support).insert({
        arenaId: arena.id,
        objectId,
        reportId: report.id,
        organizationId: lookup(orgIds, support.organizationKey),
        comment: support.comment ?? null,
        ...(support.impact as Impact),
      });
    }
  }
  await spreadReportsOverTime(tx, arena.id);
  await seedHistory(tx, arena.id);
  return arena;
}

/**
 * The demo's reports came in over the last year and a half (one every 11 days or so, in a fixed
 * order), not all at the moment of seeding: the dashboard's reports per month has a history to show.
 */
async function spreadReportsOverTime(tx: EntityManager, arenaId: string): Promise<void> {
  await tx.query(
    `UPDATE report r SET created_at = now() - make_interval(days => (x.n * 11) % 540), updated_at = now() - make_interval(days => (x.n * 11) % 540)
       FROM (SELECT id, (row_number() OVER (ORDER BY title, problem) - 1)::int AS n FROM report WHERE arena_id = $1) x
      WHERE r.id = x.id`,
    [arenaId],
  );
}

/**
 * The demo's history, as if it had happened in Flaskhals: every report and support, the
 * secretariat's status decisions on the objects past REPORTED, and the objects still REPORTED
 * waiting in the triage queue.
 */
async function seedHistory(tx: EntityManager, arenaId: string): Promise<void> {
  await tx.query(
    `INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility, data)
     SELECT arena_id, object_id, 'REPORTED', created_at, organization_id, id, visibility, jsonb_build_object('title', title)
       FROM report WHERE arena_id = $1`,
    [arenaId],
  );
  await tx.query(
    `INSERT INTO object_event (arena_id, object_id, kind, at, organization_id, report_id, visibility)
     SELECT s.arena_id, s.object_id, 'SUPPORTED', s.created_at + interval '1 second', s.organization_id, s.report_id, r.visibility
       FROM support s JOIN report r ON r.id = s.report_id WHERE s.arena_id = $1`,
    [arenaId],
  );
  await tx.query(
    `INSERT INTO object_event (arena_id, object_id, kind, at, by_staff, visibility, data)
     SELECT o.arena_id, o.id, 'STATUS_CHANGED', now() + interval '2 seconds', true, 'PUBLIC',
            jsonb_build_object('from', 'REPORTED', 'to', o.status, 'reason', 'Bedömt av kansliet vid genomgången av inkomna rapporter.')
       FROM infrastructure_object o WHERE o.arena_id = $1 AND o.status <> 'REPORTED'`,
    [arenaId],
  );
  await tx.query(
    `UPDATE infrastructure_object o SET triage_pending_since = (SELECT min(r.created_at) FROM report r WHERE r.object_id = o.id)
      WHERE o.arena_id = $1 AND o.status = 'REPORTED'`,
    [arenaId],
  );
}
