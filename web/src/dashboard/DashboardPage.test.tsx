// The feature's index registers its texts; the page itself is imported directly (the index's is lazy).
import '.';

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { answerFetch } from '../../test/answerFetch';
import { plainSpaces, renderStrict } from '../../test/render';
import { fakeSession } from '../../test/session';
import { i18next } from '../ui/i18n';
import { SessionContext } from '../ui/session';
import { DashboardPage } from './DashboardPage';

const top = (id: string, name: string, sek: number, organizations: number) => ({
  id,
  name,
  kind: 'PORT',
  status: 'CONFIRMED',
  municipality: 'Västerås',
  organizationCount: organizations,
  reportCount: organizations,
  impact: { delayHoursPerWeek: 2.5, extraCostSekPerYear: sek, freightTonnesPerYear: 1200 },
});

const DASHBOARD = {
  arenaId: 'a1',
  objectCount: 1234,
  totalImpact: { delayHoursPerWeek: 12.5, extraCostSekPerYear: 1250000, freightTonnesPerYear: 98000 },
  byStatus: [
    { key: 'REPORTED', count: 1000 },
    { key: 'CONFIRMED', count: 200 },
    { key: 'PRIORITIZED', count: 34 },
    { key: 'RESOLVED', count: 0 },
    { key: 'DISMISSED', count: 0 },
  ],
  byPlanningStage: [{ key: 'NONE', count: 1234 }],
  byKind: [
    { key: 'ROAD', count: 1200 },
    { key: 'PORT', count: 34 },
  ],
  byMunicipality: [
    { code: '1980', name: 'Västerås', bucket: 'MUNICIPALITY', count: 1100 },
    { code: null, name: null, bucket: 'OTHERS', count: 120 },
    { code: null, name: null, bucket: 'NONE', count: 14 },
  ],
  reportsPerMonth: [
    { month: '2026-11', count: 3 },
    { month: '2026-12', count: 1500 },
  ],
  topByImpact: [top('o1', 'Västeråshamnen', 2500000, 3), top('o2', 'Köpingsbron', 40000, 1)],
  topByBreadth: [top('o1', 'Västeråshamnen', 2500000, 3)],
};

// jsdom has no canvas: without a 2D context ECharts estimates text widths itself, instead of
// jsdom reporting "not implemented" for every label.
beforeAll(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));

let restoreFetch: () => void;
let answer: 'data' | 'empty' | 'error';
beforeEach(() => {
  answer = 'data';
  restoreFetch = answerFetch(({ query }) => {
    if (query.includes('DashboardArena')) return { data: { arena: { id: 'a1', name: 'Testarenan', slug: 'test', myRole: null } } };
    if (answer === 'error') return { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    return { data: { dashboard: answer === 'empty' ? { ...DASHBOARD, objectCount: 0 } : DASHBOARD } };
  });
});
afterEach(() => restoreFetch());

function renderPage() {
  return renderStrict(
    <SessionContext.Provider value={fakeSession(null)}>
      <MemoryRouter initialEntries={['/oversikt?arena=test']}>
        <DashboardPage />
      </MemoryRouter>
    </SessionContext.Provider>,
  );
}

/** The rows of a table (found by its caption) as plain text cells. */
function rowsOf(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => plainSpaces(cell.textContent)));
}

it('gives every chart a table with the same numbers, Swedish labels and Swedish number format', async () => {
  const { container } = renderPage();
  expect(await screen.findByRole('table', { name: 'Objekt per status' })).toBeInTheDocument();
  // Every chart is drawn (as SVG), and hidden from screen readers, who read its table.
  const drawings = container.querySelectorAll('.dashboard-chart__drawing');
  expect(drawings).toHaveLength(7);
  for (const drawing of drawings) {
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(drawing.querySelector('svg')).not.toBeNull();
  }
  expect(rowsOf('Objekt per status')).toEqual([
    ['Rapporterad', '1 000'],
    ['Bekräftad', '200'],
    ['Prioriterad', '34'],
    ['Åtgärdad', '0'],
    ['Avfärdad', '0'],
  ]);
  expect(rowsOf('Objekt per typ')).toEqual([
    ['Väg', '1 200'],
    ['Hamn', '34'],
  ]);
  expect(rowsOf('Objekt per kommun')).toEqual([
    ['Västerås', '1 100'],
    ['Övriga kommuner', '120'],
    ['Utan kommun', '14'],
  ]);
  expect(rowsOf('Rapporter per månad')).toEqual([
    ['nov. 2026', '3'],
    ['dec. 2026', '1 500'],
  ]);
  expect(rowsOf('Störst påverkan (kr per år)')[0]).toEqual(['Västeråshamnen', '2 500 000', '2,5', '1 200', '3']);
  // The key figures above the charts.
  expect(plainSpaces(screen.getByText('Merkostnad per år').nextElementSibling?.textContent)).toBe('1 250 000 kr');
  expect(screen.getByText(/Du ser det arenan har publicerat/)).toBeInTheDocument();
});

it('links the top lists to the objects on the map, and shows a hidden table on request', async () => {
  const user = userEvent.setup();
  renderPage();
  const topList = await screen.findByRole('table', { name: 'Bredast stöd (organisationer)' });
  expect(within(topList).getByRole('link', { name: 'Västeråshamnen' })).toHaveAttribute('href', '/?arena=test&object=o1');
  const status = screen.getByRole('table', { name: 'Objekt per status' }).parentElement!;
  expect(status).toHaveClass('visually-hidden');
  const toggles = screen.getAllByRole('button', { name: 'Visa som tabell' });
  await user.click(toggles[0]);
  expect(status).toHaveClass('dashboard-table');
  expect(screen.getByRole('button', { name: 'Dölj tabellen' })).toHaveAttribute('aria-expanded', 'true');
});

it('writes English words and numbers in English', async () => {
  await i18next.changeLanguage('en');
  renderPage();
  expect(await screen.findByRole('table', { name: 'Objects by status' })).toBeInTheDocument();
  expect(rowsOf('Objects by kind')[0]).toEqual(['Road', '1,200']);
});

it('says so when the arena has nothing to show, and offers a retry when the figures cannot be read', async () => {
  answer = 'empty';
  const { unmount } = renderPage();
  expect(await screen.findByText('Arenan har inga objekt att visa ännu.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  unmount();
  answer = 'error';
  renderPage();
  expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
});
