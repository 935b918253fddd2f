import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEFAULT_SCORE_WEIGHTS } from '@flaskhals/shared';

import { ANONYMOUS } from '../access/actor';
import { auditStatements } from '../audit/audit.service';
import type { Sql } from '../common/database/sql';
import { claimKeyStatement } from '../common/idempotency/idempotency';
import { historyStatements } from '../history/history.repository';
import { notificationStatements } from '../notifications/notifications.repository';
import { sortedPageStatement } from '../objects/object-sort';
import { objectConditions, objectStatements, pageSelectList } from '../objects/objects.repository';
import { membershipStatement } from '../organizations/organizations.service';
import { reportStatements } from '../reports/reports.repository';
import { objectScoreSql } from '../scoring/score-sql';
import { scoringStatements } from '../scoring/scoring.repository';
import { searchStatements } from '../search/search.repository';
import { triageStatements } from '../triage/triage.repository';

/**
 * The texts of the busiest statements, as the app sends them, kept in hot-statements.sql so that a
 * change to one shows in review (as server/schema.graphql does for the API). After changing one on
 * purpose: UPDATE_HOT_STATEMENTS=1 npx jest --selectProjects server --testPathPatterns hot-statements
 */
const FILE = path.join(__dirname, 'hot-statements.sql');
const ARENA = '00000000-0000-4000-8000-000000000001';
const ID = '00000000-0000-4000-8000-000000000002';
const FILTER = { bbox: [15.4, 59.2, 17, 60.2], kinds: ['ROAD' as const, 'RAIL_SEGMENT' as const], statuses: ['REPORTED' as const] };
const FIGURES = { delayHoursPerWeek: 1, extraCostSekPerYear: 2, freightTonnesPerYear: 3 };
const members = objectConditions(ARENA, 'members', FILTER);
// Lists name what is in view by geometry; the clusters go by bbox alone.
const membersInView = objectConditions(ARENA, 'members', FILTER, { inView: true });
const publicOnly = objectConditions(ARENA, 'public', { ...FILTER, categories: ['CAPACITY'] }, { inView: true });

const STATEMENTS: Record<string, Sql> = {
  "viewport list: the map's page with its count (index-only columns, members)": objectStatements.page({
    conditions: membersInView,
    cursor: null,
    limit: 501,
    fields: new Set(['id', 'name', 'kind', 'status', 'totalImpact', 'reportCount']),
    audience: 'members',
    withTotalCount: true,
  }),
  'viewport list: a later page with wide columns (public, a category)': objectStatements.page({
    conditions: publicOnly,
    cursor: ['Objekt', ID],
    limit: 51,
    fields: new Set(['id', 'name', 'geometry', 'categories']),
    audience: 'public',
    withTotalCount: true,
  }),
  'viewport count: a page past the last': objectStatements.count(membersInView),
  'register: a page by SEK, highest first (members; its count is the statement above)': sortedPageStatement({
    conditions: membersInView,
    sort: { field: 'SEK', direction: 'DESC' },
    audience: 'members',
    cursor: [1000, 'Objekt', ID],
    limit: 51,
    ...pageSelectList(new Set(['id', 'name', 'kind', 'municipality', 'status', 'planningStage', 'updatedAt', 'totalImpact']), 'members'),
  }),
  'register: a page by score, highest first (public: the score of public figures)': sortedPageStatement({
    conditions: objectConditions(ARENA, 'public', {}, { inView: true }),
    sort: { field: 'SCORE', direction: 'DESC' },
    audience: 'public',
    cursor: [2.5, 'Objekt', ID],
    limit: 51,
    score: objectScoreSql('public', DEFAULT_SCORE_WEIGHTS, {
      delayHoursPerWeek: 40,
      extraCostSekPerYear: 9e6,
      freightTonnesPerYear: 3e5,
      organizationCount: 4,
    }),
    ...pageSelectList(new Set(['id', 'name', 'kind', 'municipality', 'status', 'planningStage', 'updatedAt', 'totalImpact']), 'public'),
  }),
  'viewport clusters': objectStatements.clusters(members, { lng: 0.35, lat: 0.18 }),
  'nearby (members)': objectStatements.nearby(ARENA, 'members', { minLng: 16, minLat: 59, maxLng: 16.1, maxLat: 59.1 }, 'e18', 200),
  'nearby (public)': objectStatements.nearby(ARENA, 'public', { minLng: 16, minLat: 59, maxLng: 16.1, maxLat: 59.1 }, null, 200),
  'object by id': objectStatements.byId(ID),
  'object totals': objectStatements.totals('members', [ID]),
  'report write 1: claim the idempotency key': claimKeyStatement('reportBottleneck', 'key', ARENA, 'hash', { reportId: ID, objectId: ID }),
  'report write 2: membership': membershipStatement(ARENA, ID),
  'report write 3a: the new object': objectStatements.insert({
    id: ID,
    arenaId: ARENA,
    name: 'E18',
    kind: 'ROAD',
    description: null,
    geometry: { type: 'Point', coordinates: [16, 59] },
    modes: ['ROAD'],
    responsibleBody: null,
    municipality: 'Västerås',
    municipalityCodes: ['1980'],
    externalRefs: [],
    networkRefs: [],
    status: 'REPORTED',
    planningStage: 'NONE',
  }),
  'report write 3b: or the existing object touched': objectStatements.touch(ARENA, ID),
  'report write 4: the report': reportStatements.insert({
    id: ID,
    arenaId: ARENA,
    objectId: ID,
    organizationId: ID,
    title: 't',
    problem: 'p',
    category: 'CAPACITY',
    proposedMeasure: null,
    visibility: 'MEMBERS',
    ...FIGURES,
  }),
  'report write 5: the audit entries': auditStatements.insert(ANONYMOUS, [
    { arenaId: ARENA, entity: 'object', entityId: ID, action: 'create' },
    { arenaId: ARENA, entity: 'report', entityId: ID, action: 'create' },
  ]),
  'report write 6: the history, putting the object in the triage queue': historyStatements.append([
    {
      id: ID,
      arenaId: ARENA,
      objectId: ID,
      kind: 'REPORTED',
      userId: ID,
      organizationId: ID,
      reportId: ID,
      byStaff: false,
      visibility: 'MEMBERS',
      data: { title: 't' },
    },
  ]),
  'report write 7: who is told (notifications), following, receipts': notificationStatements.fanOut([ID]),
  "the bell: a person's notifications": notificationStatements.page(ID, null, 21, false),
  "the bell: a person's unread count": notificationStatements.unreadCount(ID),
  "an object's timeline (a member)": historyStatements.timeline(
    ID,
    { arenaId: ARENA, audience: 'members', allFigures: false, confidentialReports: false, organizationId: ID },
    null,
    21,
  ),
  'the triage queue: a page': triageStatements.queue(ARENA, null, 51),
  'the triage queue: counts': triageStatements.counts(ARENA, new Date(0)),
  "the triage queue: each item's events": historyStatements.since([{ id: ID, since: new Date(0) }], ['REPORTED'], 10),
  'report update or withdrawal': reportStatements.update(ID, { withdrawnAt: new Date(0) }),
  'support write: the report it joins': reportStatements.byId(ID),
  'support write: the support': reportStatements.insertSupport({
    id: ID,
    arenaId: ARENA,
    objectId: ID,
    reportId: ID,
    organizationId: ID,
    comment: null,
    ...FIGURES,
  }),
  'the arena search: a later page of hits (a member, no filter)': searchStatements.page({
    arenaId: ARENA,
    access: { arenaId: ARENA, audience: 'members', allFigures: false, confidentialReports: false, organizationId: ID },
    objectConditions: objectConditions(ARENA, 'members', {}),
    text: 'hamn',
    cursor: [2.5, ID],
    limit: 21,
  }),
  "an object's score: its inputs (the detail, a register page)": scoringStatements.inputsOf('members', [ID]),
  "an object's score: the arena's scale (public)": scoringStatements.scale(ARENA, 'public'),
  'the arena ranking: a page scored in SQL (members, default weights)': scoringStatements.rankedPage(
    ARENA,
    'members',
    DEFAULT_SCORE_WEIGHTS,
    21,
    0,
  ),
};

function render(): string {
  const header = '-- Generated by server/src/queries/hot-statements.test.ts: the texts of the busiest statements. Do not edit.\n';
  return (
    header +
    Object.entries(STATEMENTS)
      .map(([name, statement]) => `\n-- ${name}\n${statement.toQuery().text.replace(/[ \t]+$/gm, '')};\n`)
      .join('')
  );
}

it('the committed hot-statements.sql holds the texts the app sends (UPDATE_HOT_STATEMENTS=1 to accept a change)', () => {
  const texts = render();
  if (process.env.UPDATE_HOT_STATEMENTS === '1') fs.writeFileSync(FILE, texts);
  expect(fs.readFileSync(FILE, 'utf8')).toBe(texts);
});
