import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export const DASHBOARD_PATH = '/oversikt';

/** "Översikt" in the header, for everyone: the arena shown, or the default one. */
export function DashboardLink({ arenaSlug }: { arenaSlug?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname === DASHBOARD_PATH;
  const to = arenaSlug ? `${DASHBOARD_PATH}?arena=${encodeURIComponent(arenaSlug)}` : DASHBOARD_PATH;
  return (
    <Link className="button button--ghost dashboard-link" to={to} aria-current={here ? 'page' : undefined}>
      <svg className="dashboard-link__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M2 14h12M3.5 12V7M7 12V3M10.5 12V8.5M13 12V5.5" stroke="currentColor" strokeWidth="2" fill="none" />
      </svg>
      {/* On a phone the icon alone: the header has room for little. */}
      <span className="dashboard-link__text">{t('dashboard.title')}</span>
    </Link>
  );
}
