import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { answerFetch } from '../../../test/answerFetch';
import { plainSpaces, renderStrict } from '../../../test/render';
import { ObjectDetail, type ObjectDetailData } from './ObjectDetail';
import { type Viewer, VISITOR } from './permissions';

const malarhamnar = { id: '0b7c3f5e-9a2d-4c1e-8f3a-2d5e6f7a8b9c', name: 'Mälarhamnar AB', kind: 'PORT_OR_TERMINAL_OPERATOR' as const };
const stal = { id: '1c8d4a6f-0b3e-4d2f-9a4b-3e6f7a8b9c0d', name: 'Köpings Stål AB', kind: 'COMPANY' as const };
const akeri = { id: '3e0f6c8b-2d5a-4f4b-9c6d-5a8b9c0d1e2f', name: 'Västmanlands Åkeri', kind: 'COMPANY' as const };

const object: ObjectDetailData = {
  id: '2d9e5b7a-1c4f-4e3a-8b5c-4f7a8b9c0d1e',
  name: 'Västerås hamn, kaj 3',
  kind: 'PORT',
  status: 'PRIORITIZED',
  previousStatus: null,
  planningStage: 'IN_REGIONAL_PLAN',
  duplicateOf: null,
  updatedAt: '2026-03-05T10:00:00Z',
  description: 'Djupgåendet begränsar fartygsstorleken.',
  geometry: { type: 'Point', coordinates: [16.53, 59.6] },
  bbox: [16.53, 59.6, 16.53, 59.6],
  modes: ['SEA', 'RAIL'],
  responsibleBody: 'Mälarhamnar',
  municipality: 'Västerås',
  externalRefs: [],
  categories: ['CAPACITY'],
  organizationCount: 3,
  reportCount: 2,
  createdAt: '2026-03-01T10:00:00Z',
  totalImpact: { delayHoursPerWeek: 12.5, extraCostSekPerYear: 1250000, freightTonnesPerYear: 340000 },
  // Default weights (12 in all): economic 3·0.9, breadth 2·1, severity 2·0.8, fit unjudged 2·0.5, freight 2·1, realism 1·0.75;
  // Σ = 10.05, score 5 · 10.05 / 12 = 4.1875, shown 4,2.
  score: {
    score: (5 * (2.7 + 2 + 1.6 + 1 + 2 + 0.75)) / 12,
    shares: [
      { criterion: 'ECONOMIC_IMPACT', weight: 3, value: 0.9, points: (5 * 2.7) / 12, unjudged: false },
      { criterion: 'BREADTH', weight: 2, value: 1, points: 10 / 12, unjudged: false },
      { criterion: 'SEVERITY', weight: 2, value: 0.8, points: 8 / 12, unjudged: false },
      { criterion: 'STRATEGIC_FIT', weight: 2, value: 0.5, points: 5 / 12, unjudged: true },
      { criterion: 'FREIGHT', weight: 2, value: 1, points: 10 / 12, unjudged: false },
      { criterion: 'REALISM', weight: 1, value: 0.75, points: 3.75 / 12, unjudged: false },
    ],
  },
  reports: {
    totalCount: 2,
    edges: [
      {
        node: {
          id: '4f1a7d9c-3e6b-4a5c-8d7e-6b9c0d1e2f3a',
          title: 'För grunt för större fartyg',
          problem: 'Fartyg måste lätta last i Skandinaviska farleden.',
          category: 'CAPACITY',
          proposedMeasure: 'Muddra farleden',
          visibility: 'PUBLIC',
          withdrawnAt: null,
          createdAt: '2026-03-01T10:00:00Z',
          organization: malarhamnar,
          impact: { delayHoursPerWeek: 10, extraCostSekPerYear: 1000000, freightTonnesPerYear: 300000 },
          supports: [
            {
              id: '5a2b8e0d-4f7c-4b6d-9e8f-7c0d1e2f3a4b',
              comment: 'Vi drabbas också.',
              createdAt: '2026-03-05T10:00:00Z',
              organization: stal,
              impact: { delayHoursPerWeek: 2.5, extraCostSekPerYear: 250000, freightTonnesPerYear: 40000 },
            },
          ],
        },
      },
      {
        node: {
          id: '6b3c9f1e-5a8d-4c7e-8f9a-8d1e2f3a4b5c',
          title: 'Köer vid grinden',
          problem: 'Lastbilar köar ut på vägen.',
          category: 'ACCESSIBILITY',
          proposedMeasure: null,
          visibility: 'MEMBERS',
          withdrawnAt: null,
          createdAt: '2026-03-10T10:00:00Z',
          organization: akeri,
          impact: { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
          supports: [],
        },
      },
    ],
  },
};

const chamber = { id: '9f6a2b4c-8d1e-4a3b-9c5d-1e2f3a4b5c6d', name: 'Demohandelskammaren' };
const memberOf = (org: { id: string; name: string }): Viewer => ({ role: 'MEMBER', organizationId: org.id, organizationName: org.name });
const STAFF: Viewer = { role: 'STAFF', organizationId: chamber.id, organizationName: chamber.name };
const OBSERVER: Viewer = { role: 'OBSERVER', organizationId: chamber.id, organizationName: chamber.name };

/** The object as someone outside Mälarhamnar and Köpings Stål sees it: their figures hidden. */
function withHiddenFigures(data: ObjectDetailData): ObjectDetailData {
  return {
    ...data,
    reports: {
      ...data.reports,
      edges: data.reports.edges.map(({ node }) => ({
        node: { ...node, impact: null, supports: node.supports.map((s) => ({ ...s, impact: null })) },
      })),
    },
  };
}

function renderDetail(viewer: Viewer = STAFF, data: ObjectDetailData = object) {
  const handlers = {
    onSupport: jest.fn().mockResolvedValue(undefined),
    onUpdateReport: jest.fn().mockResolvedValue(undefined),
    onWithdrawReport: jest.fn().mockResolvedValue(undefined),
  };
  renderStrict(
    <MemoryRouter>
      <ObjectDetail object={data} viewer={viewer} onBack={jest.fn()} {...handlers} />
    </MemoryRouter>,
  );
  return { ...handlers, user: userEvent.setup() };
}

const reportItem = (title: string) => screen.getByRole('heading', { level: 4, name: title }).closest('li')!;

/** The history the detail asks the server for (the rest of the detail comes from its props). */
const HISTORY = [
  {
    id: 'e1',
    kind: 'STATUS_CHANGED',
    at: '2026-12-03T09:00:00Z',
    byStaff: true,
    personName: null,
    organizationName: null,
    data: { from: 'CONFIRMED', to: 'PRIORITIZED', reason: 'Beslut på nätverksmötet' },
  },
];
let restoreFetch: () => void;
beforeEach(() => {
  // The history is what these tests read; the detail's other sections (facts, discussion) get an error and show their own error states.
  restoreFetch = answerFetch(({ query }) =>
    query.includes('timeline')
      ? {
          data: {
            object: {
              id: object.id,
              timeline: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: HISTORY.map((node) => ({ node })) },
            },
          },
        }
      : { errors: [{ message: 'Not part of this test', extensions: { code: 'NOT_IN_TEST' } }] },
  );
});
afterEach(() => restoreFetch());

describe('ObjectDetail', () => {
  it("shows the object's history in the reader's language, the secretariat unnamed", async () => {
    renderDetail(VISITOR);
    const history = await screen.findByRole('region', { name: 'Historik' });
    expect(await within(history).findByText('Status: Bekräftad → Prioriterad')).toBeInTheDocument();
    expect(plainSpaces(history.textContent)).toContain('av kansliet, 3 dec. 2026: Beslut på nätverksmötet');
  });

  it('shows the object, its reports and supports, and the summed impact in Swedish format', () => {
    renderDetail();
    expect(screen.getByRole('heading', { name: 'Västerås hamn, kaj 3' })).toBeInTheDocument();
    expect(screen.getByText('Hamn')).toBeInTheDocument();
    expect(screen.getByText('Prioriterad')).toBeInTheDocument();
    expect(screen.getByText('Sjöfart, Järnväg')).toBeInTheDocument();

    const impact = screen.getByRole('region', { name: 'Samlad påverkan' });
    expect(plainSpaces(impact.textContent)).toContain('Merkostnad per år1 250 000 kr');
    expect(plainSpaces(impact.textContent)).toContain('Försening per vecka12,5 h');
    expect(plainSpaces(impact.textContent)).toContain('Berört gods per år340 000 ton');
    expect(impact).toHaveTextContent('Från 3 organisationer och 2 rapporter.');

    const reports = within(screen.getByRole('region', { name: 'Rapporter (2)' })).getAllByRole('listitem');
    expect(reports[0]).toHaveTextContent('För grunt för större fartyg');
    expect(reports[0]).toHaveTextContent('Mälarhamnar AB');
    expect(reports[0]).toHaveTextContent('Muddra farleden');
    expect(reports[0]).toHaveTextContent('1 instämmande');
    expect(reports[0]).toHaveTextContent('Köpings Stål AB');
    expect(reports[0]).toHaveTextContent('Synlig för: Offentlig');
    expect(plainSpaces(reports[0].textContent)).toContain('250 000 kr');
    expect(screen.getByText('Köer vid grinden')).toBeInTheDocument();
    expect(screen.getByText('Västmanlands Åkeri')).toBeInTheDocument();
  });

  it('explains the score: each criterion with its weight, value and points, an unjudged one said so', () => {
    renderDetail(VISITOR);
    const score = screen.getByRole('region', { name: 'Poäng' });
    expect(plainSpaces(score.textContent)).toContain('4,2 av 5');
    const row = (name: string) => plainSpaces(within(score).getByRole('rowheader', { name }).closest('tr')!.textContent);
    expect(row('Ekonomisk påverkan')).toBe('Ekonomisk påverkan390 %1,13');
    expect(row('Strategisk passform')).toBe('Strategisk passform2Ej bedömd (räknas som 50 %)0,42');
    expect(row('Summa')).toBe('Summa4,2');
    expect(within(score).getByRole('link', { name: 'Så räknas poängen' })).toHaveAttribute('href', '/poang');
  });

  it('says the figures are not shown when they are null, and still shows the object’s totals', () => {
    renderDetail(memberOf(akeri), withHiddenFigures(object));
    const note = 'Siffrorna visas bara för kansliet och den egna organisationen.';
    const first = reportItem('För grunt för större fartyg');
    // The report's figures and its support's figures: both hidden.
    expect(within(first).getAllByText(note)).toHaveLength(2);
    expect(plainSpaces(first.textContent)).not.toContain('1 000 000 kr');
    expect(plainSpaces(first.textContent)).not.toContain('250 000 kr');
    const impact = screen.getByRole('region', { name: 'Samlad påverkan' });
    expect(plainSpaces(impact.textContent)).toContain('1 250 000 kr');
    expect(impact).not.toHaveTextContent(note);
  });

  it('lets another organization support a report with its own figures, for the user’s own organization', async () => {
    const { onSupport, user } = renderDetail(memberOf(stal));
    await user.click(screen.getByRole('button', { name: 'Instäm: Köer vid grinden' }));
    const form = screen.getByRole('form', { name: 'Instäm i rapporten' });
    expect(within(form).queryByRole('combobox')).not.toBeInTheDocument();
    expect(form).toHaveTextContent('Instämmer för: Köpings Stål AB');

    const hours = within(form).getByLabelText('Förseningar (timmar per vecka)');
    await user.clear(hours);
    await user.type(hours, 'x');
    await user.click(within(form).getByRole('button', { name: 'Instäm' }));
    expect(onSupport).not.toHaveBeenCalled();
    expect(hours).toHaveAccessibleDescription('Ange ett tal, t.ex. 1,5.');

    await user.clear(hours);
    await user.type(hours, '0,5');
    await user.click(within(form).getByRole('button', { name: 'Instäm' }));

    expect(onSupport).toHaveBeenCalledWith(
      expect.objectContaining({
        reportId: '6b3c9f1e-5a8d-4c7e-8f9a-8d1e2f3a4b5c',
        impact: { delayHoursPerWeek: 0.5, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
      }),
    );
    expect(onSupport.mock.calls[0][0]).not.toHaveProperty('organizationId');
    expect(await screen.findByText('Tack! Ert instämmande är registrerat.')).toBeInTheDocument();
  });

  it('gives a member edit and withdraw on the own organization’s report only, and no support of it', () => {
    renderDetail(memberOf(malarhamnar));
    const own = reportItem('För grunt för större fartyg');
    const other = reportItem('Köer vid grinden');
    expect(own).toHaveTextContent('Mälarhamnar AB (er organisation)');
    expect(within(own).getByRole('button', { name: 'Ändra: För grunt för större fartyg' })).toBeInTheDocument();
    expect(within(own).getByRole('button', { name: 'Dra tillbaka: För grunt för större fartyg' })).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /^Instäm/ })).not.toBeInTheDocument();

    expect(within(other).queryByRole('button', { name: /^Ändra/ })).not.toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: /^Dra tillbaka/ })).not.toBeInTheDocument();
    expect(within(other).getByRole('button', { name: 'Instäm: Köer vid grinden' })).toBeInTheDocument();
  });

  it('tells a member whose organization already supports a report instead of offering Instäm again', () => {
    renderDetail(memberOf(stal));
    const first = reportItem('För grunt för större fartyg');
    expect(within(first).queryByRole('button', { name: /^Instäm/ })).not.toBeInTheDocument();
    expect(first).toHaveTextContent('Er organisation instämmer redan.');
  });

  it('gives staff edit and withdraw on every report', () => {
    renderDetail(STAFF);
    for (const title of ['För grunt för större fartyg', 'Köer vid grinden']) {
      const item = reportItem(title);
      expect(within(item).getByRole('button', { name: `Ändra: ${title}` })).toBeInTheDocument();
      expect(within(item).getByRole('button', { name: `Dra tillbaka: ${title}` })).toBeInTheDocument();
    }
  });

  it('offers observers and visitors nothing to do', () => {
    const { unmount } = render(OBSERVER);
    expect(screen.queryAllByRole('button', { name: /^(Instäm|Ändra|Dra tillbaka)/ })).toEqual([]);
    unmount();
    render(VISITOR);
    expect(screen.queryAllByRole('button', { name: /^(Instäm|Ändra|Dra tillbaka)/ })).toEqual([]);

    function render(viewer: Viewer) {
      return renderStrict(
        <MemoryRouter>
          <ObjectDetail
            object={object}
            viewer={viewer}
            onBack={jest.fn()}
            onSupport={jest.fn()}
            onUpdateReport={jest.fn()}
            onWithdrawReport={jest.fn()}
          />
        </MemoryRouter>,
      );
    }
  });

  it('shows a withdrawn report as withdrawn, with its date and nothing to do with it', () => {
    const withdrawn: ObjectDetailData = {
      ...object,
      reports: {
        ...object.reports,
        edges: object.reports.edges.map(({ node }) => ({
          node: node.title === 'Köer vid grinden' ? { ...node, withdrawnAt: '2026-04-02T08:00:00Z' } : node,
        })),
      },
    };
    renderDetail(memberOf(akeri), withdrawn);
    const item = reportItem('Köer vid grinden');
    expect(item).toHaveClass('report--withdrawn');
    expect(item).toHaveTextContent('Tillbakadragen 2 apr. 2026');
    expect(within(item).queryAllByRole('button')).toEqual([]);
  });

  it('withdraws the own report after asking, and changes it with the fields filled in', async () => {
    const { onWithdrawReport, onUpdateReport, user } = renderDetail(memberOf(akeri));
    const item = reportItem('Köer vid grinden');

    await user.click(within(item).getByRole('button', { name: 'Dra tillbaka: Köer vid grinden' }));
    const question = within(item).getByRole('group', { name: 'Dra tillbaka ”Köer vid grinden”?' });
    expect(within(question).getByRole('button', { name: 'Ja, dra tillbaka' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(onWithdrawReport).not.toHaveBeenCalled();
    expect(within(item).getByRole('button', { name: 'Dra tillbaka: Köer vid grinden' })).toHaveFocus();

    await user.click(within(item).getByRole('button', { name: 'Ändra: Köer vid grinden' }));
    const form = within(item).getByRole('form', { name: 'Ändra rapporten ”Köer vid grinden”' });
    expect(within(form).getByLabelText('Rubrik')).toHaveValue('Köer vid grinden');
    expect(within(form).getByLabelText('Förseningar (timmar per vecka)')).toHaveValue('0');
    expect(within(form).getByRole('radio', { name: 'Arenans medlemmar' })).toBeChecked();
    await user.clear(within(form).getByLabelText('Rubrik'));
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    expect(onUpdateReport).not.toHaveBeenCalled();
    expect(within(form).getByLabelText('Rubrik')).toHaveAccessibleDescription('Skriv minst 3 tecken.');

    await user.type(within(form).getByLabelText('Rubrik'), 'Långa köer vid grinden');
    await user.type(within(form).getByLabelText('Merkostnad (kr per år)'), '5');
    await user.click(within(form).getByRole('radio', { name: 'Bara vår organisation och kansliet' }));
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    expect(onUpdateReport).toHaveBeenCalledWith({
      reportId: '6b3c9f1e-5a8d-4c7e-8f9a-8d1e2f3a4b5c',
      title: 'Långa köer vid grinden',
      problem: 'Lastbilar köar ut på vägen.',
      category: 'ACCESSIBILITY',
      proposedMeasure: null,
      visibility: 'ORGANIZATION',
      impact: { delayHoursPerWeek: 0, extraCostSekPerYear: 5, freightTonnesPerYear: 0 },
    });
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Dra tillbaka: Köer vid grinden' }));
    await user.click(within(item).getByRole('button', { name: 'Ja, dra tillbaka' }));
    expect(onWithdrawReport).toHaveBeenCalledWith('6b3c9f1e-5a8d-4c7e-8f9a-8d1e2f3a4b5c');
  });
});
