import { screen } from '@testing-library/react';

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
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    globalThis.fetch = jest.fn(async () => {
      const data = {
        arenaPeople: {
          totalCount: PEOPLE.length,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: PEOPLE.map((node) => ({ node })),
        },
      };
      // jsdom has no Response: what the client reads of one is enough.
      return {
        ok: true,
        status: 200,
        headers: new Headers({ 'content-type': 'application/json' }),
        json: async () => ({ data }),
        text: async () => JSON.stringify({ data }),
      };
    }) as unknown as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

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
});
