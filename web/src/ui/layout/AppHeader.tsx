import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

interface AppHeaderProps {
  arenaName?: string;
  /** Primary actions of the page, e.g. "Rapportera flaskhals". */
  actions?: ReactNode;
}

export function AppHeader({ arenaName, actions }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg className="app-header__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#f2a541" />
          <path d="M6 9h20l-7 8v7l-6 3V17z" fill="#12355b" />
        </svg>
        <span className="app-header__name">{t('app.name')}</span>
        {arenaName && (
          <span className="app-header__arena">
            <span className="visually-hidden">{t('header.arena')}: </span>
            {arenaName}
          </span>
        )}
      </div>
      <div className="app-header__actions">
        {actions}
        <LanguageSwitch />
      </div>
    </header>
  );
}
