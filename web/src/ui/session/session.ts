import { createContext, useContext } from 'react';

import type { MePartsFragment } from '../../gql/graphql';

export type Me = MePartsFragment;

/**
 * Who is signed in, for every page and the header. The account feature provides it (its
 * SessionProvider asks `me` and signs in and out); everything else only reads it here.
 */
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
