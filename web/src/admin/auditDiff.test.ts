import { describeEvent } from '../history';
import { initI18n } from '../ui/i18n';
import { asHistoryEvent, changedKeys } from './auditDiff';

const t = initI18n('sv').t;

it("tells a status change in the log with the history's words", () => {
  const event = asHistoryEvent({
    entity: 'object',
    action: 'status',
    before: { status: 'REPORTED' },
    after: { status: 'CONFIRMED', reason: 'Sett' },
  });
  expect(describeEvent(event!, t)).toMatchObject({ what: 'Status: Rapporterad → Bekräftad', note: 'Sett' });
  expect(asHistoryEvent({ entity: 'role', action: 'update', before: null, after: null })).toBeNull();
});

it('leaves ids, derived columns and timestamps out of what changed', () => {
  expect(
    changedKeys({ id: 'a', objectId: 'b', title: 'x', updatedAt: '1' }, { id: 'c', objectId: 'd', title: 'y', updatedAt: '2' }),
  ).toEqual(['title']);
});
