/**
 * What a merge moves from the duplicate to the kept object: one entry per table that points at an
 * object. Each moved row's key is recorded (object_merge.moved[table]) so an undo moves exactly
 * those rows back. A feature that hangs rows on objects adds one entry here.
 *
 * Object history (object_event) is not moved: each object keeps its own, with MERGED_IN/MERGED_AWAY.
 */
export interface Mover {
  /** The table, as the code names it (never input). */
  table: string;
  /** Its column naming the object. */
  column: string;
  /** A column that tells one of the object's rows from another (usually `id`), recorded per moved row. */
  key: string;
  /**
   * For tables where a row may exist once per object (a follow per user): a row whose key the kept
   * object has already stays on the duplicate instead of breaking the uniqueness.
   */
  keepTwinOnKept?: boolean;
}

export const MERGE_MOVERS: readonly Mover[] = [
  // Reports first: a support's totals are summed through its report (refresh_object_totals).
  { table: 'report', column: 'object_id', key: 'id' },
  { table: 'support', column: 'object_id', key: 'id' },
  // The discussion moves with the reports (attachments hang on reports and comments, not objects).
  { table: 'comment', column: 'object_id', key: 'id' },
  // Followers of the duplicate follow the kept object; one who follows both keeps the one follow there.
  { table: 'object_follow', column: 'object_id', key: 'user_id', keepTwinOnKept: true },
];

/**
 * What moves with one report to another object (moveReport): rows that belong to the report and
 * carry its object id, found by `reportColumn`.
 */
export interface ReportMover {
  table: string;
  column: string;
  reportColumn: string;
}

export const REPORT_MOVERS: readonly ReportMover[] = [{ table: 'support', column: 'object_id', reportColumn: 'report_id' }];
