import './index';

import { i18next, initI18n } from '../ui/i18n';
import { describeEvent, objectPath } from './describe';

beforeAll(() => initI18n('sv'));
afterAll(() => void i18next.changeLanguage('sv'));

describe('describeEvent', () => {
  it('tells a status change in the words of the object’s history, in the reader’s language', async () => {
    const event = { kind: 'STATUS_CHANGED', byStaff: true, organizationName: 'Kansliet', data: { from: 'REPORTED', to: 'CONFIRMED' } };
    expect(describeEvent(i18next.t, event)).toBe('Status: Rapporterad → Bekräftad av kansliet');
    await i18next.changeLanguage('en');
    expect(describeEvent(i18next.t, event)).toMatch(/^Status: Reported → Confirmed by the secretariat$/i);
    await i18next.changeLanguage('sv');
  });

  it('names the organization of a report and copes with an event without data', () => {
    expect(describeEvent(i18next.t, { kind: 'REPORTED', byStaff: false, organizationName: 'Åkeriet AB', data: { title: 'Kö' } })).toBe(
      'Ny rapport av Åkeriet AB',
    );
    expect(describeEvent(i18next.t, { kind: 'MERGED_IN', byStaff: true, data: null })).not.toBe('');
  });
});

it('objectPath opens the object on its arena’s map', () => {
  expect(objectPath({ id: 'abc', arenaSlug: 'ila vast' })).toBe('/?arena=ila%20vast&object=abc');
});
