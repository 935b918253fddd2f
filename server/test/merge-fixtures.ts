import type { DataSource } from 'typeorm';

import { type ArenaFixture, newObjectReport, point, REPORT_MUTATION, SUPPORT_MUTATION } from './fixtures';
import type { GraphQLClient } from './harness';

/** Test helpers of the merges feature: objects with reports and supports, and what the database says about them. */

export const MERGE = `mutation($input: MergeObjectsInput!) { mergeObjects(input: $input) {
  merge { id keptId duplicateId movedReports movedSupports canUndo undoBlockedBy reason }
  kept { id status reportCount organizationCount } duplicate { id status duplicateOf previousStatus } } }`;
export const UNDO = `mutation($id: ID!) { undoMerge(mergeId: $id) { merge { id canUndo undoBlockedBy undoneAt } kept { id status } duplicate { id status duplicateOf } } }`;
export const MOVE = `mutation($input: MoveReportInput!) { moveReport(input: $input) { reportId from { id status reportCount } to { id name status reportCount } } }`;
export const TIMELINE = `query($id: ID!) { object(id: $id) { timeline(first: 50) { edges { node { kind data } } } } }`;

export async function newObject(a: ArenaFixture, client: GraphQLClient, name: string, impact?: Record<string, number>) {
  const res = await client.graphql(REPORT_MUTATION, {
    input: newObjectReport(a, impact ? { impact } : {}, { name, geometry: point(16.4 + Math.random() / 10, 59.5) }),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { objectId: res.data!.reportBottleneck.object.id as string, reportId: res.data!.reportBottleneck.report.id as string };
}

export async function reportOn(a: ArenaFixture, client: GraphQLClient, objectId: string, visibility = 'MEMBERS') {
  const res = await client.graphql(REPORT_MUTATION, { input: { ...newObjectReport(a, { visibility }), newObject: undefined, objectId } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.report.id as string;
}

export async function support(client: GraphQLClient, reportId: string, delayHoursPerWeek: number) {
  const res = await client.graphql(SUPPORT_MUTATION, {
    input: { reportId, impact: { delayHoursPerWeek, extraCostSekPerYear: 1000, freightTonnesPerYear: 7 } },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

export async function timelineKinds(client: GraphQLClient, id: string): Promise<string[]> {
  const res = await client.graphql(TIMELINE, { id });
  return res.data!.object.timeline.edges.map((e: any) => e.node.kind);
}

/**
 * Everything a merge or move may change for the objects, read straight from the tables: where each
 * report, support, comment and follower is, each organization's summed figures, the totals the triggers keep and the
 * statuses.
 */
export async function snapshot(db: DataSource, ids: string[]) {
  const rows = await db.query(
    `SELECT 'report' AS t, id, object_id FROM report WHERE object_id = ANY($1) UNION ALL
     SELECT 'support', id, object_id FROM support WHERE object_id = ANY($1) UNION ALL
     SELECT 'comment', id, object_id FROM comment WHERE object_id = ANY($1) UNION ALL
     SELECT 'follower', user_id, object_id FROM object_follow WHERE object_id = ANY($1) ORDER BY 1, 2, 3`,
    [ids],
  );
  const perOrganization = await db.query(
    `SELECT organization_id, sum(delay_hours_per_week)::float8 AS delay, sum(extra_cost_sek_per_year)::float8 AS cost,
            sum(freight_tonnes_per_year)::float8 AS tonnes, count(*)::int AS n
       FROM (SELECT organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year FROM report WHERE object_id = ANY($1)
             UNION ALL SELECT organization_id, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year FROM support WHERE object_id = ANY($1)) x
      GROUP BY organization_id ORDER BY organization_id`,
    [ids],
  );
  const totals = await db.query(`SELECT * FROM object_totals WHERE object_id = ANY($1) ORDER BY object_id`, [ids]);
  const objects = await db.query(
    `SELECT id, status, previous_status, duplicate_of FROM infrastructure_object WHERE id = ANY($1) ORDER BY id`,
    [ids],
  );
  return { rows, perOrganization, totals, objects };
}

/** An object's members' totals summed afresh from its raw rows: what object_totals must say. */
export async function summedFromRows(db: DataSource, id: string) {
  const [row] = await db.query(
    `SELECT coalesce(sum(c.delay), 0)::float8 AS delay, coalesce(sum(c.cost), 0)::float8 AS cost, coalesce(sum(c.tonnes), 0)::float8 AS tonnes,
            count(DISTINCT c.org)::int AS organizations, count(c.is_report)::int AS reports
       FROM (SELECT r.organization_id AS org, r.delay_hours_per_week AS delay, r.extra_cost_sek_per_year AS cost, r.freight_tonnes_per_year AS tonnes, true AS is_report
               FROM report r WHERE r.object_id = $1 AND r.withdrawn_at IS NULL
             UNION ALL SELECT s.organization_id, s.delay_hours_per_week, s.extra_cost_sek_per_year, s.freight_tonnes_per_year, NULL
               FROM support s JOIN report r ON r.id = s.report_id WHERE s.object_id = $1 AND r.withdrawn_at IS NULL) c`,
    [id],
  );
  const [kept] = await db.query(
    `SELECT members_delay_hours_per_week AS delay, members_extra_cost_sek_per_year AS cost, members_freight_tonnes_per_year AS tonnes,
            members_organizations AS organizations, members_reports AS reports FROM object_totals WHERE object_id = $1`,
    [id],
  );
  return { fromRows: row, kept: kept ?? null };
}
