import './index';

import { i18next, initI18n } from '../ui/i18n';
import { describeEvent, objectPath } from './describe';

beforeAll(() => initI18n('sv'));
afterAll(() => void i18next.changeLanguage('sv'));

describe('describeEvent', () => {
  it('tells a status change with the status in the reader’s language', async () => {
    const event = { kind: 'STATUS_CHANGED', byStaff: true, organizationName: null, data: { from: 'REPORTED', to: 'CONFIRMED' } };
    expect(describeEvent(i18next.t, event)).toBe('Status ändrad till Bekräftad');
    await i18next.changeLanguage('en');
    expect(describeEvent(i18next.t, event)).toBe('Status changed to Confirmed');
    await i18next.changeLanguage('sv');
  });

  it('names the organization of a report, the secretariat without one, and has a line for unknown kinds', () => {
    expect(describeEvent(i18next.t, { kind: 'REPORTED', byStaff: false, organizationName: 'Åkeriet AB', data: {} })).toBe(
      'Åkeriet AB har rapporterat en flaskhals',
    );
    expect(describeEvent(i18next.t, { kind: 'SUPPORTED', byStaff: true, organizationName: null, data: {} })).toBe(
      'Kansliet instämmer i en rapport',
    );
    expect(describeEvent(i18next.t, { kind: 'SOMETHING_NEW', byStaff: false, data: null })).toBe('Objektet har ändrats');
  });
});

it('objectPath opens the object on its arena’s map', () => {
  expect(objectPath({ id: 'abc', arenaSlug: 'ila vast' })).toBe('/?arena=ila%20vast&object=abc');
});
