/**
 * The life of an infrastructure object in the arena, in two independent dimensions:
 *
 * - its **status** says what the arena thinks of it: reported by a member, confirmed by staff as a
 *   real bottleneck, prioritized (the arena pushes for it), resolved (the bottleneck is gone) or
 *   dismissed (the arena does not pursue it). Two statuses are set by Flaskhals only: INACTIVE when
 *   no counting report is left (every report withdrawn; staff can restore it) and DUPLICATE when
 *   staff merge it into another object.
 * - its **planning stage** says where the measure is in the state's planning process (ÅVS, regional
 *   and national plan, financing, construction), whatever the arena thinks of it. Until issue 15 the
 *   statuses PLANNED and IN_PROGRESS mixed the two; they became PRIORITIZED with the planning stages
 *   IN_REGIONAL_PLAN and UNDER_CONSTRUCTION (migration 1765000000000).
 *
 * docs/workflow.md draws both.
 */
export const OBJECT_STATUSES = ['REPORTED', 'CONFIRMED', 'PRIORITIZED', 'RESOLVED', 'DISMISSED', 'INACTIVE', 'DUPLICATE'] as const;
export type ObjectStatus = (typeof OBJECT_STATUSES)[number];

export const INITIAL_OBJECT_STATUS: ObjectStatus = 'REPORTED';

/** Statuses only Flaskhals sets: staff never choose them in a status change. */
export const SYSTEM_STATUSES: readonly ObjectStatus[] = ['INACTIVE', 'DUPLICATE'];

/** The statuses staff may move an object to from each status. */
const TRANSITIONS: Record<ObjectStatus, readonly ObjectStatus[]> = {
  REPORTED: ['CONFIRMED', 'DISMISSED'],
  CONFIRMED: ['PRIORITIZED', 'RESOLVED', 'DISMISSED', 'REPORTED'],
  PRIORITIZED: ['CONFIRMED', 'RESOLVED', 'DISMISSED'],
  RESOLVED: ['CONFIRMED'],
  DISMISSED: ['REPORTED', 'CONFIRMED'],
  // Left only by restoring (INACTIVE) or undoing the merge (DUPLICATE), to the status it had.
  INACTIVE: [],
  DUPLICATE: [],
};

export function allowedNextStatuses(from: ObjectStatus): readonly ObjectStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ObjectStatus, to: ObjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses where the arena still pushes for a measure: shown prominently on the map. */
export function isOpenStatus(status: ObjectStatus): boolean {
  return status === 'REPORTED' || status === 'CONFIRMED' || status === 'PRIORITIZED';
}

/**
 * Active objects are the arena's register: on the map unless a filter asks for the others, and
 * offered as nearby duplicates. INACTIVE and DUPLICATE objects stay on record and reachable by link.
 */
export function isActiveStatus(status: ObjectStatus): boolean {
  return !SYSTEM_STATUSES.includes(status);
}

export const ACTIVE_OBJECT_STATUSES: readonly ObjectStatus[] = OBJECT_STATUSES.filter(isActiveStatus);

/** Where the proposed measure stands in the state's planning process (ÅVS = åtgärdsvalsstudie). */
export const PLANNING_STAGES = [
  'NONE',
  'AVS_ONGOING',
  'AVS_DONE',
  'IN_REGIONAL_PLAN',
  'IN_NATIONAL_PLAN',
  'FINANCED',
  'UNDER_CONSTRUCTION',
  'DONE',
] as const;
export type PlanningStage = (typeof PLANNING_STAGES)[number];

/** The transport administration's four-step principle: the class of a proposed measure. */
export const FOUR_STEP_CLASSES = ['RETHINK', 'OPTIMISE', 'REBUILD', 'BUILD_NEW'] as const;
export type FourStepClass = (typeof FOUR_STEP_CLASSES)[number];

/** The most objects one bulk status change may name. */
export const MAX_BULK_OBJECTS = 500;

/** The longest reason a status change may carry. */
export const MAX_REASON_LENGTH = 2000;

/**
 * What an object's history records. The web renders each in the reader's language
 * (web/src/history/), the audit-log page with the same labels.
 */
export const OBJECT_EVENT_KINDS = [
  'CREATED',
  'REPORTED',
  'SUPPORTED',
  'REPORT_UPDATED',
  'REPORT_WITHDRAWN',
  'STATUS_CHANGED',
  'DEACTIVATED',
  'RESTORED',
  'FIELDS_CHANGED',
  'PLANNING_CHANGED',
  'COMMENTED',
  'MERGED_IN',
  'MERGED_AWAY',
  'MERGE_UNDONE',
  'REPORT_MOVED_IN',
  'REPORT_MOVED_OUT',
] as const;
export type ObjectEventKind = (typeof OBJECT_EVENT_KINDS)[number];

/** Events that put an object in the secretariat's triage queue until staff have looked at it. */
export const TRIAGE_EVENT_KINDS: readonly ObjectEventKind[] = ['CREATED', 'REPORTED', 'SUPPORTED', 'REPORT_WITHDRAWN', 'COMMENTED'];

/**
 * Who may read an event: everyone who sees the object, the arena's members, only the organization it
 * concerns (and staff), or staff only. An event about a report follows that report's visibility.
 */
export const EVENT_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'ORGANIZATION', 'STAFF'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];
