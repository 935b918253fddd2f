import type { Readable } from 'node:stream';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';

import { type ReadAccess } from '../access';
import { query, raw, type Sql, sql } from '../common/database/sql';

/** One object of an export as the statement reads it. */
export interface ExportRow {
  id: string;
  name: string;
  kind: string;
  modes: string[];
  status: string;
  planning_stage: string;
  municipality: string | null;
  external_refs: string[];
  responsible_body: string | null;
  description: string | null;
  /** The geometry as its JSON text: written into GeoJSON as it is, parsed only to rewind polygons. */
  geometry: string;
  geometry_type: string;
  lon: number;
  lat: number;
  organizations: string[] | null;
  delay_hours_per_week: number;
  extra_cost_sek_per_year: number;
  freight_tonnes_per_year: number;
  reports: number;
  last_activity: Date;
}

/**
 * Whose reports the reader sees behind an object (canSeeReport in SQL, on a report `r`): staff all,
 * an organization its own, the members audience what is shared with members, the public what is public.
 */
function visibleReportSql(access: ReadAccess): Sql {
  if (access.confidentialReports) return raw('true');
  const tier = access.audience === 'members' ? raw(`r.visibility <> 'ORGANIZATION'`) : raw(`r.visibility = 'PUBLIC'`);
  return sql`(${tier} OR r.organization_id = ${access.organizationId}::uuid)`;
}

export const transferStatements = {
  arena(id: string): Sql {
    return sql`SELECT slug, name FROM arena WHERE id = ${id}`;
  },

  /**
   * The export's objects in name order: the object's columns, a point for the CSV (a point's own
   * position, else the middle of its bbox), the totals of the reader's audience (as the map shows
   * them) and the names of the organizations behind it whose reports the reader sees (unordered: the
   * writer sorts them). The names are gathered for all the exported objects in one pass (`behind`):
   * a sub-query per object cost 90 % of the statement's time (2.0 s of 2.2 s for 20,000 objects).
   */
  objects(conditions: Sql, access: ReadAccess): Sql {
    const t = (column: string) => raw(`coalesce(t.${access.audience}_${column}, 0)`);
    const exported = sql`SELECT o.id FROM infrastructure_object o WHERE ${conditions}`;
    return sql`WITH exported AS (${exported}),
      behind AS (
        SELECT c.object_id, array_agg(org.name) AS names
          FROM (SELECT r.object_id, r.organization_id FROM report r
                 WHERE r.object_id IN (SELECT id FROM exported) AND r.withdrawn_at IS NULL AND ${visibleReportSql(access)}
                UNION
                SELECT s.object_id, s.organization_id FROM support s JOIN report r ON r.id = s.report_id
                 WHERE s.object_id IN (SELECT id FROM exported) AND r.withdrawn_at IS NULL AND ${visibleReportSql(access)}) c
          JOIN organization org ON org.id = c.organization_id
         GROUP BY c.object_id)
      SELECT o.id, o.name, o.kind, o.modes, o.status, o.planning_stage, o.municipality, o.external_refs, o.responsible_body,
        o.description, o.geometry::text AS geometry, o.geometry->>'type' AS geometry_type,
        CASE WHEN o.geometry->>'type' = 'Point' THEN (o.geometry->'coordinates'->>0)::float8 ELSE (center(o.bbox))[0] END AS lon,
        CASE WHEN o.geometry->>'type' = 'Point' THEN (o.geometry->'coordinates'->>1)::float8 ELSE (center(o.bbox))[1] END AS lat,
        b.names AS organizations,
        ${t('delay_hours_per_week')} AS delay_hours_per_week, ${t('extra_cost_sek_per_year')} AS extra_cost_sek_per_year,
        ${t('freight_tonnes_per_year')} AS freight_tonnes_per_year, ${t('reports')} AS reports, o.updated_at AS last_activity
      FROM exported e JOIN infrastructure_object o ON o.id = e.id
      LEFT JOIN object_totals t ON t.object_id = o.id
      LEFT JOIN behind b ON b.object_id = o.id
      ORDER BY o.name, o.id`;
  },

  count(conditions: Sql): Sql {
    return sql`SELECT count(*)::int AS n FROM infrastructure_object o WHERE ${conditions}`;
  },
};

/** Rows the export reads at a time from the cursor: memory stays the same for 100 or 100,000 objects. */
const CURSOR_BATCH = 1000;
/** Memory for the export statement's sorts, per export (PostgreSQL's default is 4 MB). */
const EXPORT_WORK_MEM = '64MB';

@Injectable()
export class TransferRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async arena(id: string): Promise<{ slug: string; name: string }> {
    const [arena] = await query<{ slug: string; name: string }>(this.db, transferStatements.arena(id));
    return arena;
  }

  async count(conditions: Sql): Promise<number> {
    const [{ n }] = await query<{ n: number }>(this.db, transferStatements.count(conditions));
    return n;
  }

  /**
   * The export's rows through a server-side cursor on a connection of the pool, read as the
   * answer is written (the stream pauses while the client is slow). The connection goes back to
   * the pool when the stream ends, fails or is destroyed (a client that hung up).
   */
  async streamObjects(conditions: Sql, access: ReadAccess): Promise<Readable> {
    const { text, values } = transferStatements.objects(conditions, access).toQuery();
    const runner = this.db.createQueryRunner();
    // The export sorts all its rows by name and groups the names behind them: with the default
    // work_mem both spill to disk. Set for this connection only, and reset before it returns to the pool.
    await runner.query(`SET work_mem = '${EXPORT_WORK_MEM}'`);
    // QueryRunner.connect() answers the driver's connection: for PostgreSQL, a pg PoolClient.
    const client = (await runner.connect()) as { query(stream: QueryStream): QueryStream };
    const stream = client.query(new QueryStream(text, values, { batchSize: CURSOR_BATCH }));
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      void runner
        .query('RESET work_mem')
        .catch(() => undefined)
        .finally(() => void runner.release());
    };
    stream.once('close', release);
    stream.once('end', release);
    stream.once('error', release);
    return stream;
  }
}
