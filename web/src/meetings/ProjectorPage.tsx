import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useQuery } from '../ui/graphql';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { signInPath, useSession } from '../ui/session';
import { decisionText } from './decisionText';
import { LiveItemObjects } from './LiveMeeting';
import { formatClock } from './meetingTime';
import { MeetingQuery } from './operations';
import { useLiveMeeting, withLiveState } from './useLiveMeeting';

/**
 * /moten/:id/projektor — the meeting for the room's screen: the presented item large, with its
 * planned time, minutes and decisions as they are recorded, following live. High contrast, and
 * full screen at a click. Readable by whoever may read the meeting.
 */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const query = useQuery(MeetingQuery, { id }, { skip: !me });
  const following = useLiveMeeting(id, !me);
  const meeting = withLiveState(query.data?.meeting?.id === id ? query.data.meeting : undefined, following.live);
  useEffect(() => {
    document.title = [meeting?.title ?? t('meetings.title'), t('meetings.live.projectorTitle'), t('app.name')].join(' · ');
  }, [meeting?.title, t]);

  if (!me) return <Navigate to={signInPath(location.pathname)} replace />;
  return (
    <div className="projector" id="main">
      {!meeting ? (
        <div className="projector__main">
          {query.error ? (
            <LoadError onRetry={() => void query.refetch()} />
          ) : query.data ? (
            <p role="alert">{t('meetings.notFound')}</p>
          ) : (
            <LoadingLine />
          )}
        </div>
      ) : (
        <Projection meeting={meeting} live={following.live} connectionLost={Boolean(following.error)} />
      )}
    </div>
  );
}

function Projection({
  meeting,
  live,
  connectionLost,
}: {
  meeting: MeetingFieldsFragment;
  live: Parameters<typeof LiveItemObjects>[0]['live'];
  connectionLost: boolean;
}) {
  const { t, i18n } = useTranslation();
  const presented = meeting.agenda.find((item) => item.id === meeting.presentedItemId);
  const decisions = presented ? meeting.decisions.filter((d) => d.itemId === presented.id) : [];
  return (
    <>
      <header className="projector__bar">
        <span className="projector__meeting">{meeting.title}</span>
        <span className={`projector__state projector__state--${meeting.status.toLowerCase()}`}>
          {meeting.status === 'IN_PROGRESS' ? t('meetings.live.title') : t(`meetings.statuses.${meeting.status}`)}
        </span>
        {connectionLost && <span role="alert">{t('meetings.live.connectionLost')}</span>}
        <FullscreenButton />
        <Link className="projector__back" to={`/moten/${meeting.id}`}>
          {t('meetings.live.toMeeting')}
        </Link>
      </header>
      <main className="projector__main" aria-live="polite">
        {presented ? (
          <div className="projector__item">
            <article className="projector__text">
              <p className="projector__number">{t('meetings.live.itemNumber', { number: presented.number })}</p>
              <h1>{presented.title}</h1>
              <p className="projector__time">
                <time dateTime={presented.plannedStart}>{formatClock(presented.plannedStart, i18n.language)}</time>–
                <time dateTime={presented.plannedEnd}>{formatClock(presented.plannedEnd, i18n.language)}</time>
                {' · '}
                {t('meetings.agenda.minutes', { count: presented.durationMinutes })}
              </p>
              {presented.description && <p className="projector__description">{presented.description}</p>}
              <section aria-labelledby="projector-minutes">
                <h2 id="projector-minutes">{t('meetings.live.minutesTitle')}</h2>
                {presented.minutesHtml ? (
                  // Rendered and sanitised on the server (markdown-it + sanitize-html), as on the meeting page.
                  <div className="projector__minutes prose" dangerouslySetInnerHTML={{ __html: presented.minutesHtml }} />
                ) : (
                  <p className="projector__muted">—</p>
                )}
              </section>
              <section aria-labelledby="projector-decisions">
                <h2 id="projector-decisions">{t('meetings.live.decisionsTitle')}</h2>
                {decisions.length === 0 ? (
                  <p className="projector__muted">{t('meetings.live.noDecisions')}</p>
                ) : (
                  <ol className="projector__decisions">
                    {decisions.map((d) => (
                      <li
                        key={d.id}
                        className={d.retractedAt ? 'projector__decision projector__decision--retracted' : 'projector__decision'}
                      >
                        <strong>{decisionText(t, d)}</strong>
                        {d.text && <span>: {d.text}</span>}
                        {d.retractedAt && <span> — {t('meetings.decisions.retracted', { reason: d.retractReason })}</span>}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </article>
            <LiveItemObjects live={live} itemId={presented.id} className="projector__map" />
          </div>
        ) : (
          <div className="projector__text">
            <h1>{meeting.title}</h1>
            <p className="projector__muted">{t('meetings.live.nothing')}</p>
            <ol className="projector__agenda">
              {meeting.agenda.map((item) => (
                <li key={item.id} className={item.parentId ? 'projector__agenda-sub' : undefined}>
                  <time dateTime={item.plannedStart}>{formatClock(item.plannedStart, i18n.language)}</time> {item.number}. {item.title}
                </li>
              ))}
            </ol>
          </div>
        )}
      </main>
    </>
  );
}

/** Full screen for the projector (the Fullscreen API), and back; hidden where the browser does not offer it. */
function FullscreenButton() {
  const { t } = useTranslation();
  const [full, setFull] = useState(() => Boolean(document.fullscreenElement));
  const supported = useRef(typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled !== false);
  useEffect(() => {
    const changed = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);
  if (!supported.current) return null;
  const toggle = () =>
    void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);
  return (
    <button type="button" className="projector__button" onClick={toggle} aria-pressed={full}>
      {t(full ? 'meetings.live.exitFullscreen' : 'meetings.live.fullscreen')}
    </button>
  );
}
