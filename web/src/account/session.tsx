import { type ReactNode, useCallback, useMemo, useState } from 'react';

import { useMutation, useQuery } from '../ui/graphql';
import { type Me, type Session, SessionContext } from '../ui/session';
import {
  AcceptInvitationMutation,
  ChangePasswordMutation,
  MeQuery,
  SignInMutation,
  SignOutEverywhereMutation,
  SignOutMutation,
} from './operations';

/**
 * Who is signed in, asked once at start. The session itself is an httpOnly cookie the browser
 * sends along: the app only learns of it through `me`, and forgets it when signing out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const query = useQuery(MeQuery, {});
  // After a sign-in or sign-out the app knows the answer without asking again.
  const [known, setKnown] = useState<{ me: Me | null } | null>(null);
  const me = known ? known.me : (query.data?.me ?? null);
  const status: Session['status'] = known || query.data ? 'ready' : query.error ? 'error' : 'loading';
  const { refetch } = query;
  const [signInMutation] = useMutation(SignInMutation);
  const [signOutMutation] = useMutation(SignOutMutation);
  const [signOutEverywhereMutation] = useMutation(SignOutEverywhereMutation);
  const [changePasswordMutation] = useMutation(ChangePasswordMutation);
  const [acceptInvitationMutation] = useMutation(AcceptInvitationMutation);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await signInMutation({ email, password });
      setKnown({ me: result.signIn });
      return result.signIn;
    },
    [signInMutation],
  );
  const signOut = useCallback(async () => {
    await signOutMutation({});
    setKnown({ me: null });
  }, [signOutMutation]);
  const signOutEverywhere = useCallback(async () => {
    await signOutEverywhereMutation({});
    setKnown({ me: null });
  }, [signOutEverywhereMutation]);
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await changePasswordMutation({ currentPassword, newPassword });
    },
    [changePasswordMutation],
  );
  const acceptInvitation = useCallback(
    async (token: string, name: string | null, password: string) => {
      const result = await acceptInvitationMutation({ token, name, password });
      setKnown({ me: result.acceptInvitation });
      return result.acceptInvitation;
    },
    [acceptInvitationMutation],
  );
  const retry = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<Session>(
    () => ({ me, status, retry, signIn, signOut, signOutEverywhere, changePassword, acceptInvitation }),
    [me, status, retry, signIn, signOut, signOutEverywhere, changePassword, acceptInvitation],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
