import { createContext, type ReactNode, useContext } from 'react';

/**
 * What features put into every page's header (the staff's inbox link, the notification bell),
 * given by the app shell: ui/ knows no feature, so they come in through this context.
 */
export type HeaderExtras = (arenaSlug: string | undefined) => ReactNode;

const HeaderExtrasContext = createContext<HeaderExtras>(() => null);

export const HeaderExtrasProvider = HeaderExtrasContext.Provider;

export function useHeaderExtras(): HeaderExtras {
  return useContext(HeaderExtrasContext);
}
