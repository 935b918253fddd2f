import { act, renderHook, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';

import { fakeGraphQLServer } from '../../../test/fakeGraphQLServer';
import { InvitationByTokenDocument, SignInDocument } from '../../gql/graphql';
import { fieldErrorsOf, retryAfterSeconds } from './errors';
import { useMutation, useQuery } from './hooks';

const invitation = (email: string) => ({
  invitationByToken: {
    arenaName: 'ILA',
    organizationName: 'Demo AB',
    role: 'MEMBER',
    email,
    state: 'PENDING',
    hasAccount: false,
    expiresAt: '2026-12-31T00:00:00Z',
  },
});

describe('the GraphQL client and its hooks', () => {
  let server: ReturnType<typeof fakeGraphQLServer>;
  beforeEach(() => {
    server = fakeGraphQLServer();
  });
  // As the app renders: inside StrictMode, where effects run twice.
  const wrapper = ({ children }: { children: ReactNode }) => <StrictMode>{server.wrapper({ children })}</StrictMode>;
  const renderQuery = (initialProps: { token: string; skip?: boolean }) =>
    renderHook(({ token, skip }) => useQuery(InvitationByTokenDocument, { token }, { skip }), { initialProps, wrapper });

  it('POSTs JSON with the cookie of this origin, as the server’s CSRF prevention requires', async () => {
    renderQuery({ token: 'a' });
    await waitFor(() => expect(server.requests).toHaveLength(1));
    const { init } = server.requests[0];
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' });
    expect(server.requests[0].variables).toEqual({ token: 'a' });
  });

  it('aborts the request in flight when the variables change, and keeps the last data until the new answer', async () => {
    const { result, rerender } = renderQuery({ token: 'a' });
    await waitFor(() => expect(server.named('InvitationByToken')).toHaveLength(1));
    await act(async () => server.latest('InvitationByToken').answer({ data: invitation('a@example.se') }));
    expect(result.current.data?.invitationByToken?.email).toBe('a@example.se');

    rerender({ token: 'b' });
    await waitFor(() => expect(server.named('InvitationByToken')).toHaveLength(2));
    rerender({ token: 'c' });
    await waitFor(() => expect(server.named('InvitationByToken')).toHaveLength(3));
    const [, older, newest] = server.named('InvitationByToken');
    expect(older.aborted()).toBe(true);
    expect(result.current.loading).toBe(true);
    expect(result.current.data?.invitationByToken?.email).toBe('a@example.se');

    // A late answer to the superseded request never shows.
    await act(async () => older.answer({ data: invitation('b@example.se') }));
    expect(result.current.data?.invitationByToken?.email).toBe('a@example.se');
    await act(async () => newest.answer({ data: invitation('c@example.se') }));
    expect(result.current.data?.invitationByToken?.email).toBe('c@example.se');
    expect(result.current.loading).toBe(false);
  });

  it('keeps the last data when a request fails, and refetch resolves once the new answer is in', async () => {
    const { result, rerender } = renderQuery({ token: 'a' });
    await waitFor(() => expect(server.requests).toHaveLength(1));
    await act(async () => server.latest('InvitationByToken').answer({ data: invitation('a@example.se') }));
    rerender({ token: 'b' });
    await waitFor(() => expect(server.requests).toHaveLength(2));
    await act(async () =>
      server.latest('InvitationByToken').answer({ errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, 503),
    );
    expect(result.current.error).toBeDefined();
    expect(result.current.data?.invitationByToken?.email).toBe('a@example.se');

    let refetched = false;
    let refetch!: Promise<void>;
    act(() => {
      refetch = result.current.refetch().then(() => void (refetched = true));
    });
    await waitFor(() => expect(server.requests).toHaveLength(3));
    expect(result.current.loading).toBe(true);
    await act(async () => undefined);
    expect(refetched).toBe(false);
    await act(async () => server.latest('InvitationByToken').answer({ data: invitation('b@example.se') }));
    await refetch;
    expect(result.current.data?.invitationByToken?.email).toBe('b@example.se');
    expect(result.current.error).toBeUndefined();
  });

  it('a refetch asked for while another is in flight resolves too, with an answer read after it was asked', async () => {
    const { result } = renderQuery({ token: 'a' });
    await waitFor(() => expect(server.requests).toHaveLength(1));
    await act(async () => server.latest('InvitationByToken').answer({ data: invitation('a@example.se') }));

    const resolved: string[] = [];
    act(() => void result.current.refetch().then(() => void resolved.push('live')));
    await waitFor(() => expect(server.requests).toHaveLength(2));
    // The mutation's refetch comes while the live event's re-read is in flight.
    act(() => void result.current.refetch().then(() => void resolved.push('mutation')));
    await act(async () => undefined);
    expect(resolved).toEqual([]);

    // Whatever urql sends for the two, answering what it asks ends both, with the newest answer.
    for (let round = 0; round < 3 && resolved.length < 2; round++) {
      await act(async () => server.latest('InvitationByToken').answer({ data: invitation('new@example.se') }));
      await act(async () => undefined);
    }
    expect(resolved.sort()).toEqual(['live', 'mutation']);
    expect(result.current.data?.invitationByToken?.email).toBe('new@example.se');
  });

  it('sends nothing while skipped', async () => {
    const { result, rerender } = renderQuery({ token: '', skip: true });
    await act(async () => undefined);
    expect(server.requests).toHaveLength(0);
    expect(result.current.loading).toBe(false);
    await act(() => result.current.refetch());
    expect(server.requests).toHaveLength(0);
    rerender({ token: 'a', skip: false });
    await waitFor(() => expect(server.requests).toHaveLength(1));
  });

  it('rejects a mutation with the server’s field errors and rate limit, also from an HTTP 400 or 429 answer', async () => {
    const { result } = renderHook(() => useMutation(SignInDocument), { wrapper });
    const [signIn] = result.current;
    let wrong!: Promise<unknown>;
    act(() => void (wrong = signIn({ email: 'a@example.se', password: 'fel' }).catch((error: unknown) => error)));
    await waitFor(() => expect(server.requests).toHaveLength(1));
    await act(async () =>
      server.latest('SignIn').answer(
        {
          errors: [
            {
              message: 'wrong',
              extensions: { code: 'BAD_USER_INPUT', field: 'password', fieldErrors: [{ field: 'password', code: 'wrongCredentials' }] },
            },
          ],
        },
        400,
      ),
    );
    const cause = await wrong;
    expect(fieldErrorsOf(cause)).toEqual([{ field: 'password', code: 'wrongCredentials' }]);

    let limited!: Promise<unknown>;
    act(() => void (limited = signIn({ email: 'a@example.se', password: 'fel' }).catch((error: unknown) => error)));
    await waitFor(() => expect(server.requests).toHaveLength(2));
    await act(async () =>
      server
        .latest('SignIn')
        .answer({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 90 } }] }, 429),
    );
    expect(retryAfterSeconds(await limited)).toBe(90);
  });
});
