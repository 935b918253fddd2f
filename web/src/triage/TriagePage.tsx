import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import { describeEvent } from '../history';
import { StatusBadge } from '../ui/badges/StatusBadge';
import { formatDate } from '../ui/format/numbers';
import { useMutation, usePaged } from '../ui/graphql';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { arenaFor, ArenaPageFrame, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { BulkStatusBar } from './BulkStatusBar';
import { MarkTriageQueueSeenMutation, TriageQueueQuery } from './operations';

export const TRIAGE_PATH = '/inkorg';

/**
 * /inkorg (staff): the arena's objects where members reported, supported, withdrew or commented
 * since staff last handled them, oldest first; handle them one by one or a selection at once.
 */
export function TriagePage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'triage', params.get('arena'), defaultArena.slug) : undefined;
  const arenaId = access?.arena.id ?? '';
  const list = usePaged(TriageQueueQuery, { arenaId, first: 50 }, (r) => r.triageQueue.items, { skip: !access });
  const queue = list.loaded ? list : undefined;
  const [seen] = useMutation(MarkTriageQueueSeenMutation);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const markedSeen = useRef<string | null>(null);

  // Opening the queue counts as a visit: what waits now is not "new" next time.
  useEffect(() => {
    if (!queue || !arenaId || markedSeen.current === arenaId) return;
    markedSeen.current = arenaId;
    void seen({ arenaId }).catch(() => undefined);
  }, [queue, arenaId, seen]);

  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  const ids = list.nodes.map((n) => n.object.id);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));
  const afterChange = async () => {
    setSelected(new Set());
    await list.refetch();
  };
  return (
    <ArenaPageFrame
      title={t('triage.title')}
      titleId="triage-title"
      className="triage"
      me={me}
      permission="triage"
      path={TRIAGE_PATH}
      known={defaultArena.known}
      access={access}
      subtitle={queue && ` · ${t('triage.waiting', { count: list.totalCount })}`}
    >
      {(access) => (
        <>
          {list.error && !list.loaded ? (
            <LoadError onRetry={() => void list.refetch()} />
          ) : !list.loaded ? (
            <LoadingLine />
          ) : list.nodes.length === 0 ? (
            <p className="notice notice--success" role="status">
              {t('triage.empty')}
            </p>
          ) : (
            <>
              <BulkStatusBar arenaId={arenaId} selected={[...selected].filter((id) => ids.includes(id))} onDone={afterChange} />
              <label className="choice triage__select-all">
                <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(ids))} />
                {t('triage.selectAll', { count: ids.length })}
              </label>
              <ol className="triage__list">
                {list.nodes.map((item) => (
                  <li key={item.object.id} className="triage__item">
                    <input
                      type="checkbox"
                      aria-label={t('triage.select', { name: item.object.name })}
                      checked={selected.has(item.object.id)}
                      onChange={() => toggle(item.object.id)}
                    />
                    <div className="triage__body">
                      <div className="triage__head">
                        <Link to={`/?arena=${encodeURIComponent(access.arena.slug)}&object=${item.object.id}`} className="triage__name">
                          {item.object.name}
                        </Link>
                        <StatusBadge status={item.object.status} />
                        {item.isNew && <span className="badge badge--new">{t('triage.new')}</span>}
                      </div>
                      <p className="muted">
                        {t('triage.waitingSince', { date: formatDate(item.pendingSince, i18n.language) })}
                        {item.object.municipality && ` · ${item.object.municipality}`}
                      </p>
                      <ul className="triage__events">
                        {item.events.map((event) => {
                          const words = describeEvent({ ...event, data: event.data as Record<string, unknown> }, t);
                          return (
                            <li key={event.id}>
                              {words.what} {[words.by, formatDate(event.at, i18n.language)].filter(Boolean).join(', ')}
                              {words.note && `: ${words.note}`}
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  </li>
                ))}
              </ol>
              <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
            </>
          )}
        </>
      )}
    </ArenaPageFrame>
  );
}
