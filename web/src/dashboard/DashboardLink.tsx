import { useTranslation } from 'react-i18next';

import { HeaderLink } from '../ui/layout/HeaderLink';

export const DASHBOARD_PATH = '/oversikt';

/** "Översikt" in the header, for everyone: the arena shown, or the default one. */
export function DashboardLink({ arenaSlug }: { arenaSlug?: string }) {
  const { t } = useTranslation();
  const to = arenaSlug ? `${DASHBOARD_PATH}?arena=${encodeURIComponent(arenaSlug)}` : DASHBOARD_PATH;
  return (
    <HeaderLink
      to={to}
      label={t('dashboard.title')}
      className="dashboard-link"
      icon={<path d="M2 14h12M3.5 12V7M7 12V3M10.5 12V8.5M13 12V5.5" stroke="currentColor" strokeWidth="2" fill="none" />}
    />
  );
}
