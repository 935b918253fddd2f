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
      {t('dashboard.title')}
    </Link>
  );
}
