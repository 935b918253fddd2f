import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { MePartsFragment } from '../gql/graphql';
import { useMutation, useQuery } from '../ui/graphql';
import { AcceptInvitationMutation, ChangePasswordMutation, MeQuery, SignInMutation, SignOutEverywhereMutation, SignOutMutation } from './operations';

export type Me = MePartsFragment;

export interface Session {
  /** The signed-in user; null for a visitor. */
  me: Me | null;
  /** Until the first answer about who is signed in, the app does not know what to offer. */
  status: 'loading' | 'ready' | 'error';
  retry: () => void;
  /** Rejects with a CombinedError (wrong credentials as a field error, RATE_LIMITED). */
  signIn: (email: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  /** Accepts an invitation; the server signs the user in (a new account or an existing one). */
  acceptInvitation: (token: string, name: string | null, password: string) => Promise<Me>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a SessionProvider');
  return session;
}

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

  const signIn = useCallback(async (email: string, password: string) => {
    const result = await signInMutation({ email, password });
    setKnown({ me: result.signIn });
    return result.signIn;
  }, [signInMutation]);
  const signOut = useCallback(async () => {
    await signOutMutation({});
    setKnown({ me: null });
  }, [signOutMutation]);
  const signOutEverywhere = useCallback(async () => {
    await signOutEverywhereMutation({});
    setKnown({ me: null });
  }, [signOutEverywhereMutation]);
  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    await changePasswordMutation({ currentPassword, newPassword });
  }, [changePasswordMutation]);
  const acceptInvitation = useCallback(async (token: string, name: string | null, password: string) => {
    const result = await acceptInvitationMutation({ token, name, password });
    setKnown({ me: result.acceptInvitation });
    return result.acceptInvitation;
  }, [acceptInvitationMutation]);
  const retry = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<Session>(
    () => ({ me, status, retry, signIn, signOut, signOutEverywhere, changePassword, acceptInvitation }),
    [me, status, retry, signIn, signOut, signOutEverywhere, changePassword, acceptInvitation],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Where "Logga in" returns to: a path of this app only, never another site (no "//host", no "https:"). */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === SIGN_IN_PATH || raw.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return raw;
}

export const SIGN_IN_PATH = '/logga-in';
export const PROFILE_PATH = '/profil';

/** The sign-in page, returning afterwards to the given place (path and query). */
export function signInPath(returnTo: string): string {
  const next = safeNext(returnTo);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
