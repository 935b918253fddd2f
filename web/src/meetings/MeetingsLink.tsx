import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { arenaFor, useDefaultArenaSlug, useSession } from '../ui/session';
import { MEETINGS_PATH } from './MeetingsPage';

/** "Möten" in the header for the arena's members, staff and observers. */
export function MeetingsLink({ arenaSlug }: { arenaSlug?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const defaultArena = useDefaultArenaSlug();
  const access = arenaFor(me, 'readMembersAudience', arenaSlug ?? null, defaultArena.slug);
  if (!access) return null;
  return (
    <Link className="button button--ghost" to={`${MEETINGS_PATH}?arena=${encodeURIComponent(access.arena.slug)}`}>
      {t('meetings.title')}
    </Link>
  );
}
