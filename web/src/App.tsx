import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapPage } from './MapPage';
import { AppShellQuery } from './objects/operations';
import { useQuery } from './ui/graphql/hooks';
import { AppHeader } from './ui/layout/AppHeader';

interface AppProps {
  /** URL of the offline country outlines, resolved by the bundler in main.tsx. */
  outlinesUrl: string;
}

/** Loads the arena and the base map settings, then opens the map. */
export function App({ outlinesUrl }: AppProps) {
  const { t } = useTranslation();
  const shell = useQuery(AppShellQuery, {});

  if (shell.data?.arena) {
    return <MapPage arena={shell.data.arena} appConfig={shell.data.appConfig} outlinesUrl={outlinesUrl} />;
  }

  let message: ReactNode;
  if (shell.error) {
    message = (
      <div className="notice notice--error" role="alert">
        <p>{t('app.loadError')}</p>
        <button type="button" className="button" onClick={() => void shell.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  } else if (shell.data && !shell.data.arena) {
    message = (
      <p className="notice notice--warning" role="alert">
        {t('app.noArena')}
      </p>
    );
  } else {
    message = (
      <p className="app-loading__text" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    );
  }

  return (
    <div className="app">
      <AppHeader />
      <main className="app-loading">{message}</main>
    </div>
  );
}
