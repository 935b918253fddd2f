import { stockholmWallClock } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import type { ActionItemFieldsFragment, ActionItemFilter } from '../gql/graphql';
import { useMutation, usePaged } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { arenaFor, ArenaPageFrame, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { ACTION_ITEMS_PATH, MEETINGS_PATH } from './MeetingsPage';
import { formatMeetingDate } from './meetingTime';
import { ActionItemsQuery, SetActionItemDoneMutation } from './operations';

const FILTERS: ActionItemFilter[] = ['OPEN', 'MINE', 'DONE', 'ALL'];

/** /moten/atgarder — the action items of all the arena's meetings: open first by due date; staff and owners mark them done. */
export function ActionItemsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'readMembersAudience', params.get('arena'), defaultArena.slug) : undefined;
  const asked = params.get('filter') as ActionItemFilter | null;
  const filter: ActionItemFilter = asked && FILTERS.includes(asked) ? asked : 'OPEN';
  const list = usePaged(ActionItemsQuery, { arenaId: access?.arena.id ?? '', filter, first: 20 }, (r) => r.actionItems, {
    skip: !access,
  });
  const [setDone, marking] = useMutation(SetActionItemDoneMutation);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();

  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  const choose = (next: ActionItemFilter) =>
    setParams((p) => {
      const copy = new URLSearchParams(p);
      if (next === 'OPEN') copy.delete('filter');
      else copy.set('filter', next);
      return copy;
    });
  const toggle = async (item: ActionItemFieldsFragment) => {
    setMessage(undefined);
    try {
      const done = !item.doneAt;
      await setDone({ decisionId: item.id, done });
      setMessage({ text: t(done ? 'meetings.actionItems.marked' : 'meetings.actionItems.reopened', { text: item.text }) });
      await list.refetch();
    } catch (cause) {
      setMessage({ text: describeRequestFailure(t, cause), error: true });
    }
  };
  const today = stockholmWallClock(new Date()).date;
  return (
    <ArenaPageFrame
      title={t('meetings.actionItems.title')}
      titleId="action-items-title"
      className="action-items"
      me={me}
      permission="readMembersAudience"
      path={ACTION_ITEMS_PATH}
      known={defaultArena.known}
      access={access}
    >
      {() => (
        <>
          <p>
            <Link to={MEETINGS_PATH}>← {t('meetings.backToList')}</Link>
          </p>
          <p className="muted">{t('meetings.actionItems.intro')}</p>
          <div className="tabs" role="group" aria-label={t('meetings.actionItems.filterLabel')}>
            {FILTERS.map((f) => (
              <button
                key={f}
                type="button"
                className={f === filter ? 'tab tab--active' : 'tab'}
                aria-pressed={f === filter}
                onClick={() => choose(f)}
              >
                {t(`meetings.actionItems.filters.${f}`)}
              </button>
            ))}
          </div>
          {message && (
            <p className={message.error ? 'notice notice--error' : 'notice notice--success'} role={message.error ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          {list.error && !list.loaded ? (
            <LoadError onRetry={() => void list.refetch()} />
          ) : !list.loaded ? (
            <LoadingLine />
          ) : list.nodes.length === 0 ? (
            <p className="muted" role="status">
              {t(`meetings.actionItems.none.${filter}`)}
            </p>
          ) : (
            <>
              <p className="muted" role="status">
                {t('meetings.actionItems.count', { count: list.totalCount })}
              </p>
              <ul className="action-items__list">
                {list.nodes.map((item) => {
                  const overdue = !item.doneAt && item.dueDate !== null && item.dueDate !== undefined && item.dueDate < today;
                  return (
                    <li key={item.id} className={item.doneAt ? 'action-item action-item--done' : 'action-item'}>
                      <p className="action-item__text">{item.text}</p>
                      <p className="muted">
                        {t('meetings.actionItems.owner', { owner: item.owner })}
                        {' · '}
                        {item.dueDate ? t('meetings.actionItems.due', { date: item.dueDate }) : t('meetings.actionItems.noDue')}
                        {overdue && <span className="badge action-item__overdue">{t('meetings.actionItems.overdue')}</span>}
                      </p>
                      {item.doneAt && (
                        <p className="muted">
                          {t('meetings.actionItems.doneBy', {
                            when: formatMeetingDate(item.doneAt, i18n.language),
                            name: item.doneByName ?? t('meetings.notice.someone'),
                          })}
                        </p>
                      )}
                      <p className="muted">
                        <Link to={`${MEETINGS_PATH}/${item.meetingId}`}>
                          {t('meetings.actionItems.from', {
                            meeting: `${item.meetingTitle} (${formatMeetingDate(item.meetingStartsAt, i18n.language)})`,
                            item: item.itemTitle,
                          })}
                        </Link>
                      </p>
                      {item.canMarkDone && (
                        <button
                          type="button"
                          className="button button--small"
                          disabled={marking.fetching}
                          onClick={() => void toggle(item)}
                        >
                          {t(item.doneAt ? 'meetings.actionItems.undo' : 'meetings.actionItems.markDone')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
              <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
            </>
          )}
        </>
      )}
    </ArenaPageFrame>
  );
}
