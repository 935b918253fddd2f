import { can, type Permission } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useQuery } from '../graphql';
import { DefaultArenaQuery } from './operations';
import type { Me } from './session';

/**
 * The arena a staff page is about: `?arena=<slug>` if the user may there; otherwise the
 * installation's default arena if they may there, else their first such arena.
 */
export function arenaFor(me: Me | null, permission: Permission, slug: string | null, defaultSlug?: string) {
  const allowed = (me?.arenas ?? []).filter((a) => can(a.role, permission));
  if (slug) return allowed.find((a) => a.arena.slug === slug);
  return allowed.find((a) => a.arena.slug === defaultSlug) ?? allowed[0];
}

/** The installation's default arena's slug (undefined until known). */
export function useDefaultArenaSlug(): { slug: string | undefined; known: boolean } {
  const query = useQuery(DefaultArenaQuery, {});
  return { slug: query.data?.arena?.slug, known: Boolean(query.data || query.error) };
}

/** For users with a role in several arenas: which arena's page to show. */
export function ArenaChoice({ me, permission, current, path }: { me: Me; permission: Permission; current: string; path: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const allowed = me.arenas.filter((a) => can(a.role, permission));
  if (allowed.length < 2) return null;
  return (
    <div className="field">
      <label className="field__label" htmlFor="page-arena">
        {t('header.switchArena')}
      </label>
      <select id="page-arena" value={current} onChange={(e) => void navigate(`${path}?arena=${encodeURIComponent(e.target.value)}`)}>
        {allowed.map(({ arena }) => (
          <option key={arena.id} value={arena.slug}>
            {arena.name}
          </option>
        ))}
      </select>
    </div>
  );
}
