import { useTranslation } from 'react-i18next';

import { HeaderLink } from '../ui/layout/HeaderLink';
import { PRIORITIES_PATH } from './paths';

/** "Prioriteringar" in the header, for everyone: the arena's adopted list is public. */
export function PrioritiesLink({ arenaSlug }: { arenaSlug?: string }) {
  const { t } = useTranslation();
  const to = arenaSlug ? `${PRIORITIES_PATH}?arena=${encodeURIComponent(arenaSlug)}` : PRIORITIES_PATH;
  return (
    <HeaderLink
      to={to}
      label={t('priorities.title')}
      className="priorities-link"
      icon={<path d="M3 3h10M3 8h7M3 13h4" stroke="currentColor" strokeWidth="2" fill="none" />}
    />
  );
}
