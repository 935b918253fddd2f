import { render, type RenderOptions } from '@testing-library/react';
import { type ReactElement, type ReactNode, StrictMode } from 'react';

import { GraphQLProvider } from '../src/ui/graphql';

/**
 * Component tests run inside StrictMode, as the app does: double effects must be harmless. They get
 * the app's GraphQL client, which asks the global fetch at request time (a test may replace it).
 */
export function renderStrict(ui: ReactElement, options?: RenderOptions) {
  return render(ui, { wrapper: AppProviders, ...options });
}

function AppProviders({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <GraphQLProvider>{children}</GraphQLProvider>
    </StrictMode>
  );
}

/** Intl formats sv-SE thousands with a no-break space; tests compare with plain spaces. */
export function plainSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
