import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { plainSpaces, renderStrict } from '../../../test/render';
import { ObjectDetail, type ObjectDetailData } from './ObjectDetail';

const malarhamnar = { id: '0b7c3f5e-9a2d-4c1e-8f3a-2d5e6f7a8b9c', name: 'Mälarhamnar AB', kind: 'PORT_OR_TERMINAL_OPERATOR' as const };
const stal = { id: '1c8d4a6f-0b3e-4d2f-9a4b-3e6f7a8b9c0d', name: 'Köpings Stål AB', kind: 'COMPANY' as const };
const akeri = { id: '3e0f6c8b-2d5a-4f4b-9c6d-5a8b9c0d1e2f', name: 'Västmanlands Åkeri', kind: 'COMPANY' as const };

const object: ObjectDetailData = {
  id: '2d9e5b7a-1c4f-4e3a-8b5c-4f7a8b9c0d1e',
  name: 'Västerås hamn, kaj 3',
  kind: 'PORT',
  status: 'PRIORITIZED',
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
          createdAt: '2026-03-10T10:00:00Z',
          organization: akeri,
          impact: { delayHoursPerWeek: 0, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
          supports: [],
        },
      },
    ],
  },
};

function renderDetail(onSupport = jest.fn().mockResolvedValue(undefined)) {
  renderStrict(<ObjectDetail object={object} organizations={[malarhamnar, stal, akeri]} onBack={jest.fn()} onSupport={onSupport} />);
  return { onSupport, user: userEvent.setup() };
}

describe('ObjectDetail', () => {
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
    expect(plainSpaces(reports[0].textContent)).toContain('250 000 kr');
    expect(screen.getByText('Köer vid grinden')).toBeInTheDocument();
    expect(screen.getByText('Västmanlands Åkeri')).toBeInTheDocument();
  });

  it('lets another organization support a report with its own figures', async () => {
    const { onSupport, user } = renderDetail();
    await user.click(screen.getByRole('button', { name: 'Instäm: Köer vid grinden' }));
    const form = screen.getByRole('form', { name: 'Instäm i rapporten' });

    await user.click(within(form).getByRole('button', { name: 'Instäm' }));
    expect(onSupport).not.toHaveBeenCalled();
    expect(within(form).getByLabelText('Organisation')).toHaveAccessibleDescription('Välj ett av alternativen.');

    await user.selectOptions(within(form).getByLabelText('Organisation'), 'Köpings Stål AB');
    const hours = within(form).getByLabelText('Förseningar (timmar per vecka)');
    await user.clear(hours);
    await user.type(hours, '0,5');
    await user.click(within(form).getByRole('button', { name: 'Instäm' }));

    expect(onSupport).toHaveBeenCalledWith(
      expect.objectContaining({
        reportId: '6b3c9f1e-5a8d-4c7e-8f9a-8d1e2f3a4b5c',
        organizationId: stal.id,
        impact: { delayHoursPerWeek: 0.5, extraCostSekPerYear: 0, freightTonnesPerYear: 0 },
      }),
    );
    expect(await screen.findByText('Tack! Ert instämmande är registrerat.')).toBeInTheDocument();
  });
});
