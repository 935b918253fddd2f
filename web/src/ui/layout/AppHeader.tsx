import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { SIGN_IN_PATH, signInPath, useSession } from '../session';
import { ArenaSwitch } from './ArenaSwitch';
import { useHeaderExtras } from './headerExtras';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

interface AppHeaderProps {
  arenaName?: string;
  /** The arena shown, by slug: the switcher (for users of several arenas) starts at it. */
  arenaSlug?: string;
  /** Primary actions of the page, e.g. "Rapportera flaskhals". */
  actions?: ReactNode;
  /**
   * While the app or its page loads: the brand and the language only. The page that follows
   * draws its own header, so a menu shown here would be replaced (and closed) under a click.
   */
  loading?: boolean;
}

export function AppHeader({ arenaName, arenaSlug, actions, loading = false }: AppHeaderProps) {
  const { t } = useTranslation();
  const { me, status } = useSession();
  const location = useLocation();
  const extras = useHeaderExtras();
  const switchable = me !== null && me.arenas.length > 1 && arenaSlug !== undefined;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link to={arenaSlug ? `/?arena=${encodeURIComponent(arenaSlug)}` : '/'} className="app-header__home">
          <svg className="app-header__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#f2a541" />
            <path d="M6 9h20l-7 8v7l-6 3V17z" fill="#12355b" />
          </svg>
          <span className="app-header__name">{t('app.name')}</span>
        </Link>
        {switchable ? (
          <ArenaSwitch arenas={me.arenas.map((a) => a.arena)} current={{ slug: arenaSlug, name: arenaName ?? arenaSlug }} />
        ) : (
          arenaName && (
            <span className="app-header__arena">
              <span className="visually-hidden">{t('header.arena')}: </span>
              {arenaName}
            </span>
          )
        )}
      </div>
      <div className="app-header__actions">
        {!loading && actions}
        {!loading && extras(arenaSlug)}
        {loading ? null : me ? (
          <UserMenu me={me} />
        ) : (
          status === 'ready' &&
          location.pathname !== SIGN_IN_PATH && (
            <Link className="button button--ghost app-header__sign-in" to={signInPath(location.pathname + location.search)}>
              {t('header.signIn')}
            </Link>
          )
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}
