import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useQuery, useSubscription } from '../ui/graphql';
import { arenaFor, useDefaultArenaSlug, useSession } from '../ui/session';
import { TriageCountQuery, TriageObjectChangedSubscription } from './operations';
import { TRIAGE_PATH } from './TriagePage';

/** "Inkorg (3)" in the header for staff of the arena shown: how many objects wait, and how many are new. */
export function TriageLink({ arenaSlug }: { arenaSlug?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  // Pages beside the map name no arena: the installation's default one, as those pages do.
  const defaultArena = useDefaultArenaSlug();
  const access = arenaFor(me, 'triage', arenaSlug ?? null, defaultArena.slug);
  const count = useQuery(TriageCountQuery, { arenaId: access?.arena.id ?? null }, { skip: !access });
  useLiveRefetch(access?.arena.id, count.refetch);
  if (!access) return null;
  const queue = count.data?.triageQueue;
  const label = queue ? t('triage.headerLabel', { count: queue.totalCount, fresh: queue.newCount }) : t('triage.title');
  return (
    <Link
      className="button button--ghost triage-link"
      to={`${TRIAGE_PATH}?arena=${encodeURIComponent(access.arena.slug)}`}
      aria-label={label}
    >
      {t('triage.title')}
      {queue && queue.totalCount > 0 && (
        <span className={queue.newCount > 0 ? 'count-badge count-badge--new' : 'count-badge'} aria-hidden="true">
          {queue.totalCount}
        </span>
      )}
    </Link>
  );
}

/** A burst of changes (a bulk status change) costs one new count, a second after the last of them. */
const REFETCH_DELAY_MS = 1000;

function useLiveRefetch(arenaId: string | undefined, refetch: () => Promise<void>) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onEvent = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refetch(), REFETCH_DELAY_MS);
  }, [refetch]);
  useSubscription(TriageObjectChangedSubscription, { arenaId: arenaId ?? '' }, { skip: !arenaId, onEvent });
}
