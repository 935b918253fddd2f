import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface ArenaSwitchProps {
  /** The arenas where the user has a role. */
  arenas: readonly { slug: string; name: string }[];
  current: { slug: string; name: string };
}

/**
 * For users of several arenas: choosing one opens its map at the arena's own initial view
 * (the position of the previous arena means nothing there).
 */
export function ArenaSwitch({ arenas, current }: ArenaSwitchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const options = arenas.some((a) => a.slug === current.slug) ? arenas : [current, ...arenas];
  return (
    <span className="app-header__arena arena-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('header.switchArena')}
      </label>
      <select id={id} value={current.slug} onChange={(e) => navigate(`/?arena=${encodeURIComponent(e.target.value)}`)}>
        {options.map((arena) => (
          <option key={arena.slug} value={arena.slug}>
            {arena.name}
          </option>
        ))}
      </select>
    </span>
  );
}
