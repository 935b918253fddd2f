import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { answerFetch } from '../../test/answerFetch';
import { renderStrict } from '../../test/render';
import { PeopleSection } from './MembersPage';

const PEOPLE = [
  {
    id: 'u-admin',
    name: 'Demo Administratör',
    email: 'admin@ila.example',
    role: 'ADMIN',
    organization: { id: 'o1', name: 'Demohandelskammaren' },
  },
  {
    id: 'u-member',
    name: 'Demo Medlem',
    email: 'medlem@ila.example',
    role: 'MEMBER',
    organization: { id: 'o2', name: 'Demo Stålverk AB' },
  },
];

describe('the people list’s role select', () => {
  let roleChanges: { userId: string; role: string | null }[];
  let restoreFetch: () => void;
  beforeEach(() => {
    roleChanges = [];
    restoreFetch = answerFetch(({ query, variables }) => {
      if (!query.includes('setUserRole'))
        return {
          data: {
            arenaPeople: {
              totalCount: PEOPLE.length,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: PEOPLE.map((node) => ({ node })),
            },
          },
        };
      roleChanges.push({ userId: variables.userId as string, role: variables.role as string | null });
      return { data: { setUserRole: true } };
    });
  });
  afterEach(() => restoreFetch());

  it('is offered to an admin for others but not for oneself', async () => {
    renderStrict(<PeopleSection arenaId="a1" myUserId="u-admin" canManageRoles />);
    const select = await screen.findByLabelText('Roll för Demo Medlem');
    expect(select).toHaveValue('MEMBER');
    expect(screen.getByRole('option', { name: 'Ingen roll' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Roll för Demo Administratör')).not.toBeInTheDocument();
  });

  it('is absent for someone who may not manage roles', async () => {
    renderStrict(<PeopleSection arenaId="a1" myUserId="u-staff" canManageRoles={false} />);
    expect(await screen.findByText('Demo Medlem')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('asks first, naming the person and the new role, and offers to undo after the change', async () => {
    const user = userEvent.setup();
    renderStrict(<PeopleSection arenaId="a1" myUserId="u-admin" canManageRoles />);
    await user.selectOptions(await screen.findByLabelText('Roll för Demo Medlem'), 'Administratör');
    const question = screen.getByRole('alertdialog', { name: 'Ändra rollen för Demo Medlem från Medlem till Administratör?' });
    expect(roleChanges).toEqual([]);

    await user.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByLabelText('Roll för Demo Medlem')).toHaveValue('MEMBER');
    expect(roleChanges).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Roll för Demo Medlem'), 'Administratör');
    await user.click(screen.getByRole('button', { name: 'Ändra roll' }));
    expect(await screen.findByText('Demo Medlem har nu rollen Administratör.')).toBeInTheDocument();
    expect(roleChanges).toEqual([{ userId: 'u-member', role: 'ADMIN' }]);

    const undo = screen.getByRole('button', { name: 'Ångra (tillbaka till Medlem)' });
    await waitFor(() => expect(undo).toBeEnabled());
    await user.click(undo);
    await waitFor(() =>
      expect(roleChanges).toEqual([
        { userId: 'u-member', role: 'ADMIN' },
        { userId: 'u-member', role: 'MEMBER' },
      ]),
    );
    await waitFor(() => expect(screen.queryByText('Demo Medlem har nu rollen Administratör.')).not.toBeInTheDocument());
  });
});
