import { StrictMode, type ReactElement } from 'react';
import { render, type RenderOptions } from '@testing-library/react';

/** Component tests run inside StrictMode, as the app does: double effects must be harmless. */
export function renderStrict(ui: ReactElement, options?: RenderOptions) {
  return render(<StrictMode>{ui}</StrictMode>, options);
}

/** Intl formats sv-SE thousands with a no-break space; tests compare with plain spaces. */
export function plainSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
