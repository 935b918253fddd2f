/**
 * The life of an infrastructure object in the arena: reported by a member, confirmed by staff,
 * put on the priority list, taken into a national or regional plan, built, resolved.
 * Dismissed objects can be reopened when new reports arrive.
 */
export const OBJECT_STATUSES = ['REPORTED', 'CONFIRMED', 'PRIORITIZED', 'PLANNED', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED'] as const;
export type ObjectStatus = (typeof OBJECT_STATUSES)[number];

export const INITIAL_OBJECT_STATUS: ObjectStatus = 'REPORTED';

const TRANSITIONS: Record<ObjectStatus, readonly ObjectStatus[]> = {
  REPORTED: ['CONFIRMED', 'DISMISSED'],
  CONFIRMED: ['PRIORITIZED', 'PLANNED', 'DISMISSED'],
  PRIORITIZED: ['CONFIRMED', 'PLANNED', 'DISMISSED'],
  PLANNED: ['IN_PROGRESS', 'PRIORITIZED'],
  IN_PROGRESS: ['RESOLVED', 'PLANNED'],
  RESOLVED: ['REPORTED'],
  DISMISSED: ['REPORTED'],
};

export function allowedNextStatuses(from: ObjectStatus): readonly ObjectStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ObjectStatus, to: ObjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses where the arena still pushes for a measure: shown prominently on the map. */
export function isOpenStatus(status: ObjectStatus): boolean {
  return status !== 'RESOLVED' && status !== 'DISMISSED';
}
