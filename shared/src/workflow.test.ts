import { allowedNextStatuses, canTransition, OBJECT_STATUSES } from './workflow';

it('every status leads somewhere and only to known statuses', () => {
  for (const status of OBJECT_STATUSES) {
    expect(allowedNextStatuses(status).length).toBeGreaterThan(0);
    for (const next of allowedNextStatuses(status)) expect(OBJECT_STATUSES).toContain(next);
  }
});

it('a reported object must be confirmed before it is prioritized, and a dismissed one can be reopened', () => {
  expect(canTransition('REPORTED', 'PRIORITIZED')).toBe(false);
  expect(canTransition('REPORTED', 'CONFIRMED')).toBe(true);
  expect(canTransition('CONFIRMED', 'PRIORITIZED')).toBe(true);
  expect(canTransition('DISMISSED', 'REPORTED')).toBe(true);
});
