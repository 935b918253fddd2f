import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { fakeSession, MEMBER_ME, renderWithSession } from '../../../test/session';
import { AppHeader } from './AppHeader';

const location = () => screen.getByTestId('location').textContent;

describe('the header', () => {
  it('offers a visitor to sign in, returning to the same view', () => {
    renderWithSession(<AppHeader arenaName="ILA Västmanland" arenaSlug="ila-vastmanland" />, { route: '/?arena=ila-vastmanland&z=9' });
    expect(screen.getByRole('banner')).toHaveTextContent('ILA Västmanland');
    expect(screen.getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/logga-in?next=%2F%3Farena%3Dila-vastmanland%26z%3D9');
    expect(screen.queryByRole('combobox', { name: 'Byt arena' })).not.toBeInTheDocument();
  });

  it('shows the signed-in user’s name and organization, with Profil and Logga ut behind them', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<AppHeader arenaName="ILA Västmanland" arenaSlug="ila-vastmanland" />, {
      session: fakeSession(MEMBER_ME),
    });
    expect(screen.queryByRole('link', { name: 'Logga in' })).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: /Demo Medlem.*Demo Stålverk AB/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Profil' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Profil' })).toHaveAttribute('href', '/profil');

    // Escape closes and returns to the button.
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    // By keyboard: Enter opens, Tab reaches the entries.
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Profil' })).toHaveFocus();
    await user.tab();
    // A member reads the member directory.
    expect(screen.getByRole('link', { name: 'Medlemmar' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Logga ut' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(session.signOut).toHaveBeenCalledTimes(1);
  });

  it('shows why signing out failed', async () => {
    const user = userEvent.setup();
    const failing = fakeSession(MEMBER_ME, { signOut: jest.fn().mockRejectedValue(new Error('offline')) });
    renderWithSession(<AppHeader />, { session: failing });
    await user.click(screen.getByRole('button', { name: /Demo Medlem/ }));
    await user.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att skicka. Försök igen.');
  });

  it('offers no account menu while the page loads, so a click cannot land on a menu about to be replaced', () => {
    renderWithSession(<AppHeader loading actions={<button type="button">Rapportera flaskhals</button>} />, {
      session: fakeSession(MEMBER_ME),
    });
    expect(screen.getByRole('banner')).toHaveTextContent('Flaskhals');
    expect(screen.queryByRole('button', { name: /Demo Medlem/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rapportera flaskhals' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Logga in' })).not.toBeInTheDocument();
  });

  it('switches arena for users of several arenas, opening the other arena’s map', async () => {
    const user = userEvent.setup();
    const twoArenas = {
      ...MEMBER_ME,
      arenas: [
        ...MEMBER_ME.arenas,
        {
          role: 'OBSERVER' as const,
          arena: { id: '6f1d2e3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f', name: 'Mälardalens hamnarena', slug: 'malardalen' },
        },
      ],
    };
    renderWithSession(<AppHeader arenaName="Infrastruktur & Logistikarenan Västmanland" arenaSlug="ila-vastmanland" />, {
      session: fakeSession(twoArenas),
      route: '/?arena=ila-vastmanland&lat=59.6&lng=16.5&z=12',
    });
    const select = screen.getByRole('combobox', { name: 'Byt arena' });
    expect(select).toHaveValue('ila-vastmanland');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Infrastruktur & Logistikarenan Västmanland', 'Mälardalens hamnarena']);

    await user.selectOptions(select, 'Mälardalens hamnarena');
    // The old position means nothing in the other arena: only the arena stays in the URL.
    expect(location()).toBe('/?arena=malardalen');
  });
});
