import { useTranslation } from 'react-i18next';

import { HeaderLink } from '../ui/layout/HeaderLink';
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
    <HeaderLink
      to={`${MEETINGS_PATH}?arena=${encodeURIComponent(access.arena.slug)}`}
      label={t('meetings.title')}
      className="meetings-link"
      icon={<path d="M2.5 4h11v9.5h-11zM2.5 7h11M5 2v3M11 2v3" stroke="currentColor" strokeWidth="1.6" fill="none" />}
    />
  );
}
