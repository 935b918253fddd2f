import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export const REGISTER_PATH = '/register';

/**
 * "Karta | Tabell": the same register as the map or as the table. The filters, the arena and the
 * map's position live in the URL, so switching keeps them; an open object stays behind on the map.
 */
export function ViewSwitch() {
  const { t } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete('object');
  const search = params.toString() ? `?${params.toString()}` : '';
  const onTable = location.pathname === REGISTER_PATH;
  return (
    <nav className="view-switch" aria-label={t('register.viewSwitch')}>
      <Link to={`/${search}`} aria-current={onTable ? undefined : 'page'} className="view-switch__link">
        {t('register.map')}
      </Link>
      <Link to={`${REGISTER_PATH}${search}`} aria-current={onTable ? 'page' : undefined} className="view-switch__link">
        {t('register.table')}
      </Link>
    </nav>
  );
}
