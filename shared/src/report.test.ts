import { reportBottleneckSchema } from './report';
import { describeFieldError, validate } from './validation';

const valid = {
  arenaId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  organizationId: '0b1a3c0e-6a4e-4a43-9d3e-2b7b9b4c2f11',
  objectId: '5a0d7a3e-1f8e-4d0f-9b3a-7a1c2e3d4f56',
  title: '  Kö vid grinden  ',
  problem: 'Köer varje morgon',
  category: 'CAPACITY',
  impact: { delayHoursPerWeek: 1.5, extraCostSekPerYear: 0, freightTonnesPerYear: 100 },
};

it('trims text and turns blank optional text into null', () => {
  const result = validate(reportBottleneckSchema, { ...valid, proposedMeasure: '   ' });
  expect(result).toMatchObject({ ok: true, value: { title: 'Kö vid grinden', proposedMeasure: null } });
});

it('explains errors in English for API clients, with the field first', () => {
  const result = validate(reportBottleneckSchema, { ...valid, impact: { ...valid.impact, delayHoursPerWeek: -2 }, title: 'ab' });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.errors.map(describeFieldError)).toEqual([
      'title is too short (at least 3 characters)',
      'impact.delayHoursPerWeek must not be negative',
    ]);
  }
});
