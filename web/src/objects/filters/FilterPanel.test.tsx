import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { renderStrict } from '../../../test/render';
import { useMapViewState } from '../hooks/useMapViewState';
import { FilterPanel } from './FilterPanel';

/** The filter panel wired to the URL exactly as the map page wires it. */
function FiltersInUrl() {
  const view = useMapViewState();
  return <FilterPanel filters={view.filters} onChange={view.setFilters} searchDelayMs={50} />;
}

function CurrentSearch() {
  return <output aria-label="url">{useLocation().search}</output>;
}

function renderAt(url: string) {
  renderStrict(
    <MemoryRouter initialEntries={[url]}>
      <FiltersInUrl />
      <CurrentSearch />
    </MemoryRouter>,
  );
  return { user: userEvent.setup(), params: () => new URLSearchParams(screen.getByLabelText('url').textContent ?? '') };
}

describe('FilterPanel', () => {
  it('puts toggled kinds, modes and statuses into the URL and keeps the map position', async () => {
    const { user, params } = renderAt('/?lat=59.6&lng=16.5&z=9');
    await user.click(screen.getByText('Filter'));

    const kinds = screen.getByRole('group', { name: 'Typ' });
    await user.click(within(kinds).getByLabelText('Väg'));
    await user.click(within(kinds).getByLabelText('Hamn'));
    await user.click(within(screen.getByRole('group', { name: 'Trafikslag' })).getByLabelText('Järnväg'));
    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByLabelText('Prioriterad'));

    expect(params().get('kinds')).toBe('PORT,ROAD');
    expect(params().get('modes')).toBe('RAIL');
    expect(params().get('statuses')).toBe('PRIORITIZED');
    expect(params().get('lat')).toBe('59.6');
    expect(screen.getByText('4 aktiva filter')).toBeInTheDocument();

    await user.click(within(kinds).getByLabelText('Väg'));
    expect(params().get('kinds')).toBe('PORT');
  });

  it('reads filters from the URL and clears them all', async () => {
    const { user, params } = renderAt('/?kinds=BRIDGE&categories=SAFETY&q=bro');
    expect(screen.getByRole('searchbox', { name: 'Sök objekt' })).toHaveValue('bro');
    await user.click(screen.getByText('Filter'));
    expect(within(screen.getByRole('group', { name: 'Kategori' })).getByLabelText('Säkerhet')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(params().toString()).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Sök objekt' })).toHaveValue('');
  });

  it('puts the search text into the URL once typing settles', async () => {
    const { user, params } = renderAt('/');
    await user.type(screen.getByRole('searchbox', { name: 'Sök objekt' }), 'hamn');
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
    expect(params().get('q')).toBe('hamn');
  });
});
