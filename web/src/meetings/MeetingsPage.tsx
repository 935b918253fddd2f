import { can } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';

import { useMutation, usePaged } from '../ui/graphql';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { arenaFor, ArenaPageFrame, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { MeetingForm } from './MeetingForm';
import { formatMeetingTime } from './meetingTime';
import { CreateMeetingMutation, MeetingsQuery } from './operations';

export const MEETINGS_PATH = '/moten';
/** The action items decided at the arena's meetings (ActionItemsPage). */
export const ACTION_ITEMS_PATH = '/moten/atgarder';
type Period = 'UPCOMING' | 'PAST';

/** /moten — the arena's upcoming and past meetings; staff plan new ones here. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'readMembersAudience', params.get('arena'), defaultArena.slug) : undefined;
  const period: Period = params.get('visa') === 'tidigare' ? 'PAST' : 'UPCOMING';
  const list = usePaged(MeetingsQuery, { arenaId: access?.arena.id ?? null, period, first: 20 }, (r) => r.meetings, { skip: !access });
  const [planning, setPlanning] = useState(false);
  const [create] = useMutation(CreateMeetingMutation);

  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  const staff = Boolean(access && can(access.role, 'manageMeetings'));
  const choose = (next: Period) =>
    setParams((p) => {
      const copy = new URLSearchParams(p);
      if (next === 'PAST') copy.set('visa', 'tidigare');
      else copy.delete('visa');
      return copy;
    });
  const feedUrl = access ? `${window.location.origin}/feeds/${encodeURIComponent(access.arena.slug)}/meetings.ics` : '';
  return (
    <ArenaPageFrame
      title={t('meetings.title')}
      titleId="meetings-title"
      className="meetings"
      me={me}
      permission="readMembersAudience"
      path={MEETINGS_PATH}
      known={defaultArena.known}
      access={access}
    >
      {(access) => (
        <>
          {staff &&
            (planning ? (
              <MeetingForm
                onCancel={() => setPlanning(false)}
                onSubmit={async (input) => {
                  const answer = await create({ arenaId: access.arena.id, input });
                  void navigate(`${MEETINGS_PATH}/${answer.createMeeting.id}`);
                }}
              />
            ) : (
              <button type="button" className="button button--primary" onClick={() => setPlanning(true)}>
                {t('meetings.plan')}
              </button>
            ))}
          <p>
            <Link to={`${ACTION_ITEMS_PATH}?arena=${encodeURIComponent(access.arena.slug)}`}>{t('meetings.actionItems.link')}</Link>
          </p>
          <div className="tabs" role="group" aria-label={t('meetings.periodLabel')}>
            {(['UPCOMING', 'PAST'] as const).map((p) => (
              <button
                key={p}
                type="button"
                className={p === period ? 'tab tab--active' : 'tab'}
                aria-pressed={p === period}
                onClick={() => choose(p)}
              >
                {t(p === 'UPCOMING' ? 'meetings.upcoming' : 'meetings.past')}
              </button>
            ))}
          </div>
          {list.error && !list.loaded ? (
            <LoadError onRetry={() => void list.refetch()} />
          ) : !list.loaded ? (
            <LoadingLine />
          ) : list.nodes.length === 0 ? (
            <p className="muted" role="status">
              {t(`meetings.none.${period}`)}
            </p>
          ) : (
            <>
              <p className="muted" role="status">
                {t('meetings.count', { count: list.totalCount })}
              </p>
              <ul className="meetings__list">
                {list.nodes.map((meeting) => (
                  <li key={meeting.id} className="meetings__item">
                    <Link to={`${MEETINGS_PATH}/${meeting.id}`} className="meetings__title">
                      {meeting.title}
                    </Link>
                    <span className={`badge meeting-status meeting-status--${meeting.status.toLowerCase()}`}>
                      {t(`meetings.statuses.${meeting.status}`)}
                    </span>
                    <p className="muted">
                      {formatMeetingTime(meeting.startsAt, meeting.endsAt, i18n.language)}
                      {meeting.place && ` · ${meeting.place}`}
                      {!meeting.place && meeting.onlineUrl && ` · ${t('meetings.online')}`}
                    </p>
                  </li>
                ))}
              </ul>
              <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
            </>
          )}
          <p>
            <Link to={`${MEETINGS_PATH}/protokoll?arena=${encodeURIComponent(access.arena.slug)}`}>{t('protocol.archive.link')}</Link>
          </p>
          <details className="meetings__calendar">
            <summary>{t('meetings.calendar')}</summary>
            <p className="muted">{t('meetings.calendarHint')}</p>
            <input readOnly value={feedUrl} aria-label={t('meetings.calendar')} onFocus={(e) => e.target.select()} />
          </details>
        </>
      )}
    </ArenaPageFrame>
  );
}
