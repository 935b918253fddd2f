import { initI18n } from '../ui/i18n';
import { describeEvent } from '.';

const t = initI18n('sv').t;

it('tells a status change by the secretariat with its reason, in Swedish', () => {
  const words = describeEvent(
    {
      kind: 'STATUS_CHANGED',
      byStaff: true,
      personName: null,
      organizationName: 'Kansliet',
      data: { from: 'CONFIRMED', to: 'PRIORITIZED', reason: 'Beslut 3 dec' },
    },
    t,
  );
  expect(words).toEqual({ what: 'Status: Bekräftad → Prioriterad', by: 'av kansliet', note: 'Beslut 3 dec' });
});

it("names the person only when the server gave the name, and a member's organization otherwise", () => {
  expect(
    describeEvent({ kind: 'REPORTED', byStaff: false, organizationName: 'Provåkeriet AB', data: { title: 'Kö vid grinden' } }, t),
  ).toEqual({
    what: 'Ny rapport',
    by: 'av Provåkeriet AB',
    note: 'Kö vid grinden',
  });
  expect(describeEvent({ kind: 'SUPPORTED', byStaff: false, personName: 'Anna', organizationName: 'Provåkeriet AB', data: {} }, t).by).toBe(
    'av Anna (Provåkeriet AB)',
  );
});

it('lists the edited fields of a report and the former status of a deactivated object', () => {
  expect(describeEvent({ kind: 'REPORT_UPDATED', byStaff: false, data: { fields: ['title', 'delayHoursPerWeek'] } }, t).what).toBe(
    'Rapport ändrad (rubrik, förseningstimmar)',
  );
  expect(describeEvent({ kind: 'DEACTIVATED', byStaff: false, data: { from: 'CONFIRMED' } }, t).what).toBe(
    'Inaktivt: ingen rapport kvar (var Bekräftad)',
  );
});

it('speaks English when the reader chose English', async () => {
  const i18n = initI18n('sv');
  await i18n.changeLanguage('en');
  expect(describeEvent({ kind: 'STATUS_CHANGED', byStaff: true, data: { from: 'REPORTED', to: 'CONFIRMED' } }, i18n.t).what).toBe(
    'Status: Reported → Confirmed',
  );
  await i18n.changeLanguage('sv');
});

describe('a decision of a meeting', () => {
  it('names the meeting, its date and the item after the change', () => {
    const words = describeEvent(
      {
        kind: 'STATUS_CHANGED',
        byStaff: true,
        data: {
          from: 'REPORTED',
          to: 'CONFIRMED',
          reason: 'Mötet bekräftar problemet.',
          decision: {
            decisionId: 'd',
            meetingId: 'm',
            meetingTitle: 'Nätverksmöte februari 2027',
            meetingStartsAt: '2027-02-22T08:00:00.000Z',
            itemNumber: '4',
          },
        },
      },
      t,
    );
    expect(words.note).toBe('Beslut på Nätverksmöte februari 2027 22 feb. 2027, punkt 4: Mötet bekräftar problemet.');
  });
});
