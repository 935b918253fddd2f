import { boundingBox, type Geometry, type NewObjectInput, type ObjectStatus, type ReportCategory, type ReportVisibility } from '@flaskhals/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { preparedQuery } from '../common/database/prepared';
import { auditLabel, plain } from '../audit/audit.service';
import { toPgBox } from '../objects/geo-distance';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { OBJECT_RETURNING_SQL } from '../objects/object-query';
import { searchTextOf } from '../objects/object-writes';
import { Report } from './report.entity';

export interface ReportWrite {
  arenaId: string;
  organizationId: string;
  reportId: string;
  /** The existing object reported on, or the id the new object gets. */
  objectId: string;
  newObject: (NewObjectInput & { status: ObjectStatus }) | null;
  report: { title: string; problem: string; category: ReportCategory; proposedMeasure: string | null; visibility: ReportVisibility; delayHoursPerWeek: number; extraCostSekPerYear: number; freightTonnesPerYear: number };
  /** The idempotency key and the hash of the request it came with, or null. */
  idempotency: { key: string; requestHash: string } | null;
}

export type ReportWriteOutcome =
  | { kind: 'written'; report: Report; object: InfrastructureObject }
  | { kind: 'notMember' }
  | { kind: 'objectNotFound' }
  /** The key was used before (or is being used right now and committed first): nothing was written. */
  | { kind: 'keySeen' };

/**
 * A report — with its new object, or touching the existing one — its audit entries and its
 * idempotency key, written by one statement: atomic without a transaction of several round trips.
 * (A report is the product's busiest write; each round trip to PostgreSQL costs more CPU than the
 * work of the statement.) The membership and the object are checked in the same statement, and
 * nothing is written when a check fails or the key was seen; a concurrent retry with the same key
 * waits on the key's insert and then writes nothing.
 */
export async function writeReport(db: DataSource, actor: Actor, w: ReportWrite): Promise<ReportWriteOutcome> {
  const p: unknown[] = [];
  const $ = (value: unknown) => {
    p.push(value);
    return `$${p.length}`;
  };
  const arena = `${$(w.arenaId)}::uuid`;
  const organization = `${$(w.organizationId)}::uuid`;
  const objectId = `${$(w.objectId)}::uuid`;
  const reportId = `${$(w.reportId)}::uuid`;
  const key = `${$(w.idempotency?.key ?? null)}::varchar`;
  const o = w.newObject;
  const objectValues = o && {
    id: w.objectId,
    arenaId: w.arenaId,
    name: o.name,
    kind: o.kind,
    description: o.description ?? null,
    geometry: o.geometry,
    modes: o.modes,
    responsibleBody: o.responsibleBody ?? null,
    municipality: o.municipality ?? null,
    externalRefs: o.externalRefs ?? [],
    status: o.status,
  };
  const reportValues = { id: w.reportId, arenaId: w.arenaId, objectId: w.objectId, organizationId: w.organizationId, ...w.report, withdrawnAt: null };
  const objectStep = objectValues
    ? `INSERT INTO infrastructure_object AS o (id, arena_id, name, kind, description, geometry, bbox, modes, responsible_body, municipality, external_refs, status, search_text)
       SELECT ${objectId}, ${arena}, ${$(o.name)}, ${$(o.kind)}, ${$(objectValues.description)}, ${$(JSON.stringify(o.geometry))}::jsonb,
              ${$(toPgBox(boundingBox(o.geometry as Geometry)))}::box, ${$(o.modes)}::varchar[], ${$(objectValues.responsibleBody)}, ${$(objectValues.municipality)},
              ${$(objectValues.externalRefs)}::varchar[], ${$(o.status)}, ${$(searchTextOf(o))}
         FROM go WHERE go.ok
       RETURNING ${OBJECT_RETURNING_SQL}`
    : `UPDATE infrastructure_object AS o SET updated_at = now() FROM go WHERE go.ok AND o.id = ${objectId}
       RETURNING ${OBJECT_RETURNING_SQL}`;
  const audit = (entity: string, id: string, after: string, from: string) =>
    `SELECT ${arena}, ${$(actor.user?.id ?? null)}::uuid, ${$(auditLabel(actor))}, ${$(actor.user?.organizationId ?? null)}::uuid, '${entity}', ${id}, 'create', NULL::jsonb,
            ${after}::jsonb || jsonb_build_object('createdAt', ${from}."createdAt", 'updatedAt', ${from}."updatedAt") FROM ${from}`;
  const sql = `
    WITH checked AS (
      SELECT EXISTS (SELECT 1 FROM arena_membership WHERE arena_id = ${arena} AND organization_id = ${organization}) AS member,
             ${objectValues ? 'TRUE' : `EXISTS (SELECT 1 FROM infrastructure_object WHERE id = ${objectId} AND arena_id = ${arena})`} AS object_found
    ), idem AS (
      INSERT INTO idempotency_key (operation, key, arena_id, request_hash, result)
      SELECT 'reportBottleneck', ${key}, ${arena}, ${$(w.idempotency?.requestHash ?? null)}, ${$(JSON.stringify({ reportId: w.reportId, objectId: w.objectId }))}::jsonb
        FROM checked WHERE member AND object_found AND ${key} IS NOT NULL
      ON CONFLICT (operation, key) DO NOTHING RETURNING key
    ), go AS (
      SELECT member AND object_found AND (${key} IS NULL OR EXISTS (SELECT 1 FROM idem)) AS ok FROM checked
    ), obj AS (
      ${objectStep}
    ), rep AS (
      INSERT INTO report (id, arena_id, object_id, organization_id, title, problem, category, proposed_measure, visibility,
                          delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year)
      SELECT ${reportId}, ${arena}, obj.id, ${organization}, ${$(w.report.title)}, ${$(w.report.problem)}, ${$(w.report.category)}, ${$(w.report.proposedMeasure)},
             ${$(w.report.visibility)}, ${$(w.report.delayHoursPerWeek)}::float8, ${$(w.report.extraCostSekPerYear)}::float8, ${$(w.report.freightTonnesPerYear)}::float8
        FROM obj
      RETURNING created_at AS "createdAt", updated_at AS "updatedAt"
    ), audited AS (
      INSERT INTO audit_entry (arena_id, user_id, user_label, organization_id, entity, entity_id, action, before, after)
      ${objectValues ? `${audit('object', objectId, $(JSON.stringify(plain(objectValues))), 'obj')} UNION ALL` : ''}
      ${audit('report', reportId, $(JSON.stringify(plain(reportValues))), 'rep')}
    )
    SELECT checked.member, checked.object_found, (SELECT row_to_json(obj) FROM obj) AS object, (SELECT row_to_json(rep) FROM rep) AS report FROM checked`;
  const [row]: { member: boolean; object_found: boolean; object: Record<string, unknown> | null; report: { createdAt: string; updatedAt: string } | null }[] = await preparedQuery(db, sql, p);
  if (!row.member) return { kind: 'notMember' };
  if (!row.object_found) return { kind: 'objectNotFound' };
  if (!row.object || !row.report) return { kind: 'keySeen' };
  const object = Object.assign(new InfrastructureObject(), row.object, { createdAt: new Date(row.object.createdAt as string), updatedAt: new Date(row.object.updatedAt as string) });
  const report = Object.assign(new Report(), reportValues, { createdAt: new Date(row.report.createdAt), updatedAt: new Date(row.report.updatedAt) });
  return { kind: 'written', report, object };
}
