import type { ReportCategory, ReportVisibility } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

import { join, query, raw, type Sql, sql } from '../common/database/sql';
import { Report } from './report.entity';
import { Support } from './support.entity';

/**
 * The reports' and supports' SQL, all of it here. A report is written one way: inside the
 * service's transaction, through these statements (their texts are kept in
 * src/queries/hot-statements.sql), with its audit entry in the same transaction.
 */

const REPORT_COLUMNS = raw(
  `r.id, r.arena_id AS "arenaId", r.object_id AS "objectId", r.organization_id AS "organizationId", r.title, r.problem, r.category,
   r.proposed_measure AS "proposedMeasure", r.visibility, r.delay_hours_per_week AS "delayHoursPerWeek", r.extra_cost_sek_per_year AS "extraCostSekPerYear",
   r.freight_tonnes_per_year AS "freightTonnesPerYear", r.withdrawn_at AS "withdrawnAt", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`,
);
const SUPPORT_COLUMNS = raw(
  `s.id, s.arena_id AS "arenaId", s.object_id AS "objectId", s.report_id AS "reportId", s.organization_id AS "organizationId", s.comment,
   s.delay_hours_per_week AS "delayHoursPerWeek", s.extra_cost_sek_per_year AS "extraCostSekPerYear", s.freight_tonnes_per_year AS "freightTonnesPerYear", s.created_at AS "createdAt"`,
);

export interface ReportFigures {
  delayHoursPerWeek: number;
  extraCostSekPerYear: number;
  freightTonnesPerYear: number;
}

export interface NewReportRow extends ReportFigures {
  id: string;
  arenaId: string;
  objectId: string;
  organizationId: string;
  title: string;
  problem: string;
  category: ReportCategory;
  proposedMeasure: string | null;
  visibility: ReportVisibility;
}

export interface NewSupportRow extends ReportFigures {
  id: string;
  arenaId: string;
  objectId: string;
  reportId: string;
  organizationId: string;
  comment: string | null;
}

/** What an edit of a report may change; undefined leaves a column as it is. */
export type ReportChanges = Partial<
  Pick<NewReportRow, 'title' | 'problem' | 'category' | 'proposedMeasure' | 'visibility' | keyof ReportFigures>
> & { withdrawnAt?: Date };

const COLUMN_OF_CHANGE: Record<keyof ReportChanges, string> = {
  title: 'title',
  problem: 'problem',
  category: 'category',
  proposedMeasure: 'proposed_measure',
  visibility: 'visibility',
  delayHoursPerWeek: 'delay_hours_per_week',
  extraCostSekPerYear: 'extra_cost_sek_per_year',
  freightTonnesPerYear: 'freight_tonnes_per_year',
  withdrawnAt: 'withdrawn_at',
};

/** The statements, as pure functions of their inputs. */
export const reportStatements = {
  byId(id: string): Sql {
    return sql`SELECT ${REPORT_COLUMNS} FROM report r WHERE r.id = ${id}`;
  },

  insert(r: NewReportRow): Sql {
    return sql`INSERT INTO report AS r (id, arena_id, object_id, organization_id, title, problem, category, proposed_measure, visibility,
                                 delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year)
      VALUES (${r.id}, ${r.arenaId}, ${r.objectId}, ${r.organizationId}, ${r.title}, ${r.problem}, ${r.category}, ${r.proposedMeasure}, ${r.visibility},
              ${r.delayHoursPerWeek}, ${r.extraCostSekPerYear}, ${r.freightTonnesPerYear})
      RETURNING ${REPORT_COLUMNS}`;
  },

  update(id: string, changes: ReportChanges): Sql {
    const set = Object.entries(changes)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => sql`${raw(COLUMN_OF_CHANGE[field as keyof ReportChanges])} = ${value}`);
    return sql`UPDATE report r SET ${join([...set, raw('updated_at = now()')], ', ')} WHERE r.id = ${id} RETURNING ${REPORT_COLUMNS}`;
  },

  supportById(id: string): Sql {
    return sql`SELECT ${SUPPORT_COLUMNS} FROM support s WHERE s.id = ${id}`;
  },

  insertSupport(s: NewSupportRow): Sql {
    return sql`INSERT INTO support AS s (id, arena_id, object_id, report_id, organization_id, comment, delay_hours_per_week, extra_cost_sek_per_year, freight_tonnes_per_year)
      VALUES (${s.id}, ${s.arenaId}, ${s.objectId}, ${s.reportId}, ${s.organizationId}, ${s.comment}, ${s.delayHoursPerWeek}, ${s.extraCostSekPerYear}, ${s.freightTonnesPerYear})
      RETURNING ${SUPPORT_COLUMNS}`;
  },
};

const toReport = (row: object) => Object.assign(new Report(), row);
const toSupport = (row: object) => Object.assign(new Support(), row);

@Injectable()
export class ReportsRepository {
  async byId(db: DataSource | EntityManager, id: string): Promise<Report | null> {
    const [row] = await query<object>(db, reportStatements.byId(id));
    return row ? toReport(row) : null;
  }

  async insert(tx: EntityManager, report: NewReportRow): Promise<Report> {
    const [row] = await query<object>(tx, reportStatements.insert(report));
    return toReport(row);
  }

  async update(tx: EntityManager, id: string, changes: ReportChanges): Promise<Report> {
    const [row] = await query<object>(tx, reportStatements.update(id, changes));
    return toReport(row);
  }

  async supportById(db: DataSource | EntityManager, id: string): Promise<Support | null> {
    const [row] = await query<object>(db, reportStatements.supportById(id));
    return row ? toSupport(row) : null;
  }

  async insertSupport(tx: EntityManager, support: NewSupportRow): Promise<Support> {
    const [row] = await query<object>(tx, reportStatements.insertSupport(support));
    return toSupport(row);
  }
}
