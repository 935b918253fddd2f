import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { type Me, type Session, SessionContext } from '../src/ui/session';
import { renderStrict } from './render';

export const MEMBER_ME: Me = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Demo Medlem',
  email: 'medlem@ila.example',
  organization: { id: '1c8d4a6f-0b3e-4d2f-9a4b-3e6f7a8b9c0d', name: 'Demo Stålverk AB', kind: 'COMPANY' },
  arenas: [
    {
      role: 'MEMBER',
      arena: { id: '5e0c1f4a-7b2d-4c3e-9f1a-2b3c4d5e6f70', name: 'Infrastruktur & Logistikarenan Västmanland', slug: 'ila-vastmanland' },
    },
  ],
};

/** A session with fixed answers; every action a jest.fn the test can inspect. */
export function fakeSession(me: Me | null, overrides: Partial<Session> = {}): Session {
  return {
    me,
    status: 'ready',
    retry: jest.fn(),
    signIn: jest.fn().mockResolvedValue(me),
    signOut: jest.fn().mockResolvedValue(undefined),
    signOutEverywhere: jest.fn().mockResolvedValue(undefined),
    changePassword: jest.fn().mockResolvedValue(undefined),
    acceptInvitation: jest.fn().mockResolvedValue(me),
    ...overrides,
  };
}

/** Where the app is now: tests read it from `[data-testid=location]`. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders inside a router at `route` and a given session, as the app does. */
export function renderWithSession(
  ui: ReactElement,
  { session = fakeSession(null), route = '/' }: { session?: Session; route?: string } = {},
) {
  const result = renderStrict(
    <MemoryRouter initialEntries={[route]}>
      <SessionContext.Provider value={session}>
        <Routes>
          <Route path="*" element={ui} />
        </Routes>
        <LocationProbe />
      </SessionContext.Provider>
    </MemoryRouter>,
  );
  return { ...result, session };
}
