import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { formatClock, formatMeetingDate } from './meetingTime';
import { MeetingNoticeQuery, SendMeetingNoticeMutation } from './operations';

/** Staff: when the notice (kallelse) was sent, and sending it (again, as an updated notice) after a confirmation. */
export function MeetingNotice({ meetingId, updatedAt }: { meetingId: string; updatedAt: string }) {
  const { t, i18n } = useTranslation();
  const state = useQuery(MeetingNoticeQuery, { id: meetingId });
  const [send, sending] = useMutation(SendMeetingNoticeMutation);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const { refetch } = state;
  // An edit of the meeting or its agenda (not the first render): read again whether the notice is behind.
  const seenUpdate = useRef(updatedAt);
  useEffect(() => {
    if (seenUpdate.current === updatedAt) return;
    seenUpdate.current = updatedAt;
    void refetch();
  }, [updatedAt, refetch]);

  const notice = state.data?.meeting?.notice;
  const when = (iso: string) => `${formatMeetingDate(iso, i18n.language)} ${formatClock(iso, i18n.language)}`;
  const confirm = async () => {
    setMessage(undefined);
    try {
      const answer = await send({ meetingId });
      setAsking(false);
      setMessage({ text: t('meetings.notice.done', { count: answer.sendMeetingNotice.recipientCount }) });
      await refetch();
    } catch (cause) {
      setMessage({ text: describeRequestFailure(t, cause), error: true });
    }
  };
  return (
    <section className="meeting-notice" aria-labelledby="meeting-notice-title">
      <h2 id="meeting-notice-title">{t('meetings.notice.title')}</h2>
      {state.error && !state.data ? (
        <p className="notice notice--error" role="alert">
          {t('meetings.notice.loadError')}
        </p>
      ) : !state.data ? null : notice ? (
        <p role="status">
          {t(notice.isUpdate ? 'meetings.notice.sentUpdate' : 'meetings.notice.sent', {
            when: when(notice.sentAt),
            name: notice.sentByName ?? t('meetings.notice.someone'),
            count: notice.recipientCount,
          })}{' '}
          {notice.changedSince && <strong>{t('meetings.notice.changedSince')}</strong>}
        </p>
      ) : (
        <p className="muted" role="status">
          {t('meetings.notice.notSent')}
        </p>
      )}
      {message && (
        <p className={message.error ? 'notice notice--error' : 'notice notice--success'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {asking ? (
        <div className="notice notice--warning meeting__confirm" role="alertdialog" aria-label={t('meetings.notice.title')}>
          <p>{t(notice ? 'meetings.notice.confirmUpdate' : 'meetings.notice.confirm')}</p>
          <button type="button" className="button button--primary button--small" disabled={sending.fetching} onClick={() => void confirm()}>
            {t('meetings.notice.confirmYes')}
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => setAsking(false)}>
            {t('form.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" disabled={!state.data} onClick={() => setAsking(true)}>
          {t(notice ? 'meetings.notice.sendUpdate' : 'meetings.notice.send')}
        </button>
      )}
    </section>
  );
}
