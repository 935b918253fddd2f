import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { renderStrict } from '../../test/render';
import { MEMBER_ME } from '../../test/session';
import { SessionProvider } from './session';
import { SignInPage } from './SignInPage';

function Where() {
  const location = useLocation();
  return <p>Kartan: {location.pathname + location.search}</p>;
}

/** The real session over a fake /graphql: no one is signed in until signIn succeeds. */
function mockApi() {
  const requests: { query: string; variables: Record<string, unknown> }[] = [];
  const fetchMock = jest.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    requests.push(body);
    const data = body.query.includes('mutation SignIn') ? { signIn: MEMBER_ME } : { me: null };
    // jsdom has no Response: what the client reads of one is enough.
    return {
      ok: true,
      status: 200,
      headers: { get: () => 'application/json' },
      json: async () => ({ data }),
      text: async () => JSON.stringify({ data }),
    };
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return requests;
}

describe('the sign-in page', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('signs in and returns to where the user came from', async () => {
    const requests = mockApi();
    const user = userEvent.setup();
    renderStrict(
      <MemoryRouter initialEntries={['/logga-in?next=%2F%3Farena%3Dila-vastmanland%26object%3Dabc']}>
        <SessionProvider>
          <Routes>
            <Route path="/logga-in" element={<SignInPage />} />
            <Route path="/" element={<Where />} />
          </Routes>
        </SessionProvider>
      </MemoryRouter>,
    );
    await user.type(await screen.findByLabelText('E-postadress'), 'medlem@ila.example');
    await user.type(screen.getByLabelText('Lösenord'), 'flaskhals-demo');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByText('Kartan: /?arena=ila-vastmanland&object=abc')).toBeInTheDocument();
    const signIn = requests.find((r) => r.query.includes('mutation SignIn'))!;
    expect(signIn.variables).toEqual({ email: 'medlem@ila.example', password: 'flaskhals-demo' });
  });

  it('never returns to another site', async () => {
    mockApi();
    const user = userEvent.setup();
    renderStrict(
      <MemoryRouter initialEntries={['/logga-in?next=%2F%2Fevil.example%2F']}>
        <SessionProvider>
          <Routes>
            <Route path="/logga-in" element={<SignInPage />} />
            <Route path="/" element={<Where />} />
          </Routes>
        </SessionProvider>
      </MemoryRouter>,
    );
    await user.type(await screen.findByLabelText('E-postadress'), 'medlem@ila.example');
    await user.type(screen.getByLabelText('Lösenord'), 'flaskhals-demo');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('Kartan: /')).toBeInTheDocument();
  });
});
