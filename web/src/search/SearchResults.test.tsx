import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { answerFetch, type AskedRequest } from '../../test/answerFetch';
import { renderStrict } from '../../test/render';
import { SearchResults } from './index';

const FILTERS = { kinds: [], modes: [], statuses: [], categories: [], search: 'Köping' };
const hit = (id: string, name: string, matchedIn: string[] = ['OBJECT']) => ({
  node: {
    score: 2,
    matchedIn,
    object: { id, name, kind: 'PORT', status: 'CONFIRMED', municipality: 'Köping', bbox: [15.9, 59.5, 16.0, 59.52] },
  },
});

describe('the arena search results', () => {
  let asked: AskedRequest[];
  let restoreFetch: () => void;
  beforeEach(() => {
    asked = [];
    restoreFetch = answerFetch((request) => {
      asked.push(request);
      if (request.query.includes('places'))
        return {
          data: { places: [{ kind: 'MUNICIPALITY', name: 'Köping', region: 'Västmanland', code: '1983', bbox: [15.5, 59.4, 16.2, 59.7] }] },
        };
      const after = request.variables.after;
      return {
        data: {
          search: {
            totalCount: 3,
            pageInfo: { hasNextPage: !after, endCursor: after ? null : 'c1' },
            edges: after ? [hit('o3', 'Norrköpings hamn')] : [hit('o1', 'Köpings hamn'), hit('o2', 'Kolbäcks bangård', ['COMMENT'])],
          },
        },
      };
    });
  });
  afterEach(() => restoreFetch());

  it('lists the hits of the whole arena with their count, where a text matched, and more on demand', async () => {
    const onOpen = jest.fn();
    renderStrict(
      <SearchResults arenaId="a1" filters={FILTERS} selectedId={undefined} onOpen={onOpen} onPlace={jest.fn()} onClear={jest.fn()} />,
    );
    expect(await screen.findByText('3 träffar i hela arenan för ”Köping”')).toBeInTheDocument();
    expect(screen.getByText(/träff i en kommentar/)).toBeInTheDocument();
    const search = asked.find((r) => r.query.includes('search('))!;
    expect(search.variables).toMatchObject({ input: { text: 'Köping', filter: { arenaId: 'a1' } } });
    expect(search.variables.input).not.toHaveProperty('filter.bbox');

    await userEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByText('Norrköpings hamn')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Köpings hamn/ }));
    expect(onOpen).toHaveBeenCalledWith({ id: 'o1', bbox: [15.9, 59.5, 16.0, 59.52] });
  });

  it('offers the place, which moves the map, and a way back to the view', async () => {
    const onPlace = jest.fn();
    const onClear = jest.fn();
    renderStrict(
      <SearchResults arenaId="a1" filters={FILTERS} selectedId={undefined} onOpen={jest.fn()} onPlace={onPlace} onClear={onClear} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Visa Köping (kommun) på kartan' }));
    expect(onPlace).toHaveBeenCalledWith([15.5, 59.4, 16.2, 59.7]);
    await userEvent.click(screen.getByRole('button', { name: 'Rensa sökningen och visa kartvyns lista' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('asks nothing for a single letter and says why', async () => {
    renderStrict(
      <SearchResults
        arenaId="a1"
        filters={{ ...FILTERS, search: 'K' }}
        selectedId={undefined}
        onOpen={jest.fn()}
        onPlace={jest.fn()}
        onClear={jest.fn()}
      />,
    );
    expect(screen.getByText('Skriv minst två tecken för att söka.')).toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
