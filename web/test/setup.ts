import '@testing-library/jest-dom';

import { TextDecoder, TextEncoder } from 'node:util';

import { initI18n } from '../src/ui/i18n';

// jsdom lacks them; react-router uses them at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Component tests read the Swedish the user sees by default.
initI18n('sv');

beforeEach(async () => {
  const { i18next } = await import('../src/ui/i18n');
  if (i18next.language !== 'sv') await i18next.changeLanguage('sv');
  globalThis.localStorage?.clear();
});
