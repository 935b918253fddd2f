import { ACTIVE_OBJECT_STATUSES, allowedNextStatuses, canTransition, isActiveStatus, OBJECT_STATUSES, SYSTEM_STATUSES } from './workflow';

it('every status staff can choose leads somewhere, only to known statuses staff can choose', () => {
  for (const status of OBJECT_STATUSES.filter((s) => !SYSTEM_STATUSES.includes(s))) {
    expect(allowedNextStatuses(status).length).toBeGreaterThan(0);
    for (const next of allowedNextStatuses(status)) {
      expect(OBJECT_STATUSES).toContain(next);
      expect(SYSTEM_STATUSES).not.toContain(next);
    }
  }
});

it('a reported object must be confirmed before it is prioritized, and a dismissed one can be reopened', () => {
  expect(canTransition('REPORTED', 'PRIORITIZED')).toBe(false);
  expect(canTransition('REPORTED', 'CONFIRMED')).toBe(true);
  expect(canTransition('CONFIRMED', 'PRIORITIZED')).toBe(true);
  expect(canTransition('DISMISSED', 'REPORTED')).toBe(true);
  expect(canTransition('RESOLVED', 'REPORTED')).toBe(false);
});

it('inactive and duplicate objects are left only by restoring or undoing the merge, never by a status change', () => {
  for (const status of OBJECT_STATUSES) {
    expect(canTransition('INACTIVE', status)).toBe(false);
    expect(canTransition('DUPLICATE', status)).toBe(false);
    expect(canTransition(status, 'INACTIVE')).toBe(false);
    expect(canTransition(status, 'DUPLICATE')).toBe(false);
  }
  expect(isActiveStatus('INACTIVE')).toBe(false);
  expect(ACTIVE_OBJECT_STATUSES).toEqual(['REPORTED', 'CONFIRMED', 'PRIORITIZED', 'RESOLVED', 'DISMISSED']);
});
