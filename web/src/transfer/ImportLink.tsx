import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { arenaFor, useDefaultArenaSlug, useSession } from '../ui/session';
import { IMPORT_PAGE_PATH } from './ImportPage';

/** "Importera" in the header, for staff of the arena shown (the server checks again). */
export function ImportLink({ arenaSlug }: { arenaSlug?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const defaultArena = useDefaultArenaSlug();
  const access = arenaFor(me, 'importObjects', arenaSlug ?? null, defaultArena.slug);
  if (!access) return null;
  return (
    <Link className="button button--ghost import-link" to={`${IMPORT_PAGE_PATH}?arena=${encodeURIComponent(access.arena.slug)}`}>
      {t('transfer.importLink')}
    </Link>
  );
}
