import '@testing-library/jest-dom';

import { TextDecoder, TextEncoder } from 'node:util';

import { configure } from '@testing-library/react';

import { initI18n } from '../src/ui/i18n';

// jsdom lacks them; react-router uses them at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// findBy… and waitFor wait up to 1 s by default: on a busy 2-core CI machine a table of role
// queries in jsdom can take longer to appear than that, which is load, not a defect.
configure({ asyncUtilTimeout: 5000 });

// Component tests read the Swedish the user sees by default.
initI18n('sv');

beforeEach(async () => {
  const { i18next } = await import('../src/ui/i18n');
  if (i18next.language !== 'sv') await i18next.changeLanguage('sv');
  globalThis.localStorage?.clear();
});
