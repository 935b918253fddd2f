import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { answerFetch, type AskedRequest } from '../../test/answerFetch';
import { plainSpaces } from '../../test/render';
import { fakeSession, MEMBER_ME, renderWithSession } from '../../test/session';
import { RegisterPage } from '.';

const ARENA = { id: '5e0c1f4a-7b2d-4c3e-9f1a-2b3c4d5e6f70', name: 'Testarenan', slug: 'test', myRole: null };
const row = (id: string, name: string, sek: number, score: number) => ({
  id,
  name,
  kind: 'PORT',
  municipality: 'Västerås',
  status: 'REPORTED',
  planningStage: 'NONE',
  organizationCount: 2,
  updatedAt: '2026-11-30T10:00:00.000Z',
  totalImpact: { delayHoursPerWeek: 1.5, extraCostSekPerYear: sek, freightTonnesPerYear: 0 },
  score: { score },
});
const HAMN = row('00000000-0000-4000-8000-000000000001', 'Arboga hamn', 1_250_000, 1.84);
const BRO = row('00000000-0000-4000-8000-000000000002', 'Öland bro', 9_000_000, 3.25);

let asked: AskedRequest[] = [];
let restore: () => void;
beforeEach(() => {
  asked = [];
  restore = answerFetch((request) => {
    asked.push(request);
    if (request.query.includes('query RegisterArena')) return { data: { arena: ARENA } };
    const sort = request.variables.sort as { field: string; direction: string };
    // The server's answer in the asked order: by SEK the bridge's 9 million first when descending.
    const rows = ['SEK', 'SCORE'].includes(sort.field) && sort.direction === 'DESC' ? [BRO, HAMN] : [HAMN, BRO];
    const edges = rows.map((node) => ({ node }));
    return { data: { objects: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, edges } } };
  });
});
afterEach(() => restore());

const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('RegisterPage', () => {
  it('sorts by a column from the keyboard: the header says the order, the URL keeps it, the rows follow the server', async () => {
    const user = userEvent.setup();
    renderWithSession(<RegisterPage />, { route: '/register?arena=test&kinds=PORT' });

    expect(await screen.findByText('2 objekt')).toBeInTheDocument();
    expect(names()).toEqual(['Arboga hamn', 'Öland bro']);
    expect(header('Namn')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Kronor/år')).toHaveAttribute('aria-sort', 'none');
    expect(plainSpaces(within(screen.getAllByRole('row')[1]).getByText(/250/).textContent)).toBe('1 250 000');

    within(header('Kronor/år')).getByRole('button').focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('columnheader', { name: /Kronor\/år/ })).toHaveAttribute('aria-sort', 'descending');
    await screen.findByText('Öland bro');
    expect(names()).toEqual(['Öland bro', 'Arboga hamn']);
    expect(header('Namn')).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByTestId('location').textContent).toBe('/register?arena=test&kinds=PORT&sort=SEK&dir=DESC');
    const last = asked.filter((r) => r.query.includes('query Register(')).at(-1)!;
    expect(last.variables).toMatchObject({ sort: { field: 'SEK', direction: 'DESC' }, filter: { arenaId: ARENA.id, kinds: ['PORT'] } });

    await user.click(within(header('Kronor/år')).getByRole('button'));
    expect(header('Kronor/år')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByTestId('location').textContent).toContain('sort=SEK&dir=ASC');
    // A visitor has no row choice: bulk actions are staff's.
    expect(screen.queryByRole('checkbox', { name: /Välj/ })).not.toBeInTheDocument();
  });

  it('sorts by score, highest first on the first click, and shows each score', async () => {
    const user = userEvent.setup();
    renderWithSession(<RegisterPage />, { route: '/register?arena=test' });
    expect(await screen.findByText('2 objekt')).toBeInTheDocument();
    expect(header('Poäng')).toHaveAttribute('aria-sort', 'none');

    await user.click(within(header('Poäng')).getByRole('button'));

    expect(await screen.findByRole('columnheader', { name: /Poäng/ })).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(names()).toEqual(['Öland bro', 'Arboga hamn']));
    expect(within(screen.getAllByRole('row')[1]).getByText('3,3')).toBeInTheDocument();
    expect(screen.getByTestId('location').textContent).toBe('/register?arena=test&sort=SCORE&dir=DESC');
    const last = asked.filter((r) => r.query.includes('query Register(')).at(-1)!;
    expect(last.variables).toMatchObject({ sort: { field: 'SCORE', direction: 'DESC' } });
  });

  it('switches to the map with the same filters', async () => {
    renderWithSession(<RegisterPage />, { route: '/register?arena=test&kinds=PORT&sort=SEK&dir=DESC' });
    expect(await screen.findByRole('link', { name: 'Karta' })).toHaveAttribute('href', '/?arena=test&kinds=PORT&sort=SEK&dir=DESC');
    expect(screen.getByRole('link', { name: 'Tabell' })).toHaveAttribute('aria-current', 'page');
  });

  it('lets staff choose rows, all on the page at once, for a status change', async () => {
    restore();
    restore = answerFetch((request) =>
      request.query.includes('query RegisterArena')
        ? { data: { arena: { ...ARENA, myRole: 'STAFF' } } }
        : {
            data: {
              objects: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: HAMN }, { node: BRO }] },
            },
          },
    );
    const user = userEvent.setup();
    renderWithSession(<RegisterPage />, { route: '/register?arena=test', session: fakeSession(MEMBER_ME) });
    await user.click(await screen.findByRole('checkbox', { name: 'Välj Öland bro' }));
    expect(screen.getByText('1 vald')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Välj alla 2 på sidan' }));
    expect(screen.getByText('2 valda')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ändra status för 2' })).toBeEnabled();
  });

  it('says when nothing matches, and offers to try again when the server does not answer', async () => {
    restore();
    let failing = true;
    restore = answerFetch((request) => {
      if (request.query.includes('query RegisterArena')) return { data: { arena: ARENA } };
      if (failing) return { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
      return { data: { objects: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } };
    });
    const user = userEvent.setup();
    renderWithSession(<RegisterPage />, { route: '/register?arena=test&q=ingenting' });
    const retry = await screen.findByRole('button', { name: 'Försök igen' });
    failing = false;
    await user.click(retry);
    expect(await screen.findByText('Inga objekt matchar filtren.')).toBeInTheDocument();
  });
});
