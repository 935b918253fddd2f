import './ui/theme.css';
import './ui/layout/layout.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './App';
import { initI18n, storedLanguage } from './ui/i18n';
import { baseMapUrl } from './ui/map/assets';

initI18n(storedLanguage());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The URL holds the filters behind controlled checkboxes: update it at once, not as a transition. */}
    <BrowserRouter useTransitions={false}>
      <App baseMapUrl={baseMapUrl} />
    </BrowserRouter>
  </StrictMode>,
);
