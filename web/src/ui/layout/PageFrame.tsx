import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { AppHeader } from './AppHeader';

/** A page beside the map (sign-in, profile): the header and one column of cards. */
export function PageFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = [title, t('app.name')].join(' · ');
  }, [title, t]);
  return (
    <div className="app">
      <AppHeader />
      <main className="page" id="main">
        <div className="page__column">{children}</div>
      </main>
    </div>
  );
}
