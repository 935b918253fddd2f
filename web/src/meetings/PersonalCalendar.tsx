import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { formatMeetingDate } from './meetingTime';
import { MyMeetingsCalendarQuery, RenewMyMeetingsCalendarMutation } from './operations';

/**
 * The profile page's personal meetings calendar: a secret URL of the meetings one registered for.
 * The server keeps only its hash, so the URL is shown once, right after it is made; renewing
 * (after a confirmation) makes the old URL stop working.
 */
export function PersonalCalendar() {
  const { t, i18n } = useTranslation();
  const status = useQuery(MyMeetingsCalendarQuery, {});
  const [renew, renewing] = useMutation(RenewMyMeetingsCalendarMutation);
  const [url, setUrl] = useState<string>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const createdAt = status.data?.myMeetingsCalendar.createdAt;

  const make = async () => {
    if (createdAt && !window.confirm(t('meetings.personalCalendar.confirmRenew'))) return;
    setMessage(undefined);
    try {
      const answer = await renew({});
      setUrl(`${window.location.origin}${answer.renewMyMeetingsCalendar.path}`);
      void status.refetch();
    } catch (cause) {
      setMessage({ ok: false, text: describeRequestFailure(t, cause) });
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url!);
      setMessage({ ok: true, text: t('meetings.personalCalendar.copied') });
    } catch {
      setMessage({ ok: false, text: t('meetings.personalCalendar.copyFailed') });
    }
  };

  return (
    <section className="page__card personal-calendar" aria-labelledby="personal-calendar-title">
      <h2 id="personal-calendar-title">{t('meetings.personalCalendar.title')}</h2>
      <p className="muted">{t('meetings.personalCalendar.intro')}</p>
      {status.loading && !status.data && (
        <p className="muted" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('app.loading')}
        </p>
      )}
      {status.error && !status.data && (
        <div className="notice notice--error" role="alert">
          <p>{t('meetings.personalCalendar.loadError')}</p>
          <button type="button" className="button" onClick={() => void status.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {url ? (
        <>
          <label className="field">
            <span className="field__label">{t('meetings.personalCalendar.urlLabel')}</span>
            <span className="personal-calendar__url">
              <input readOnly value={url} onFocus={(e) => e.target.select()} />
              <button type="button" className="button" onClick={() => void copy()}>
                {t('meetings.personalCalendar.copy')}
              </button>
            </span>
          </label>
          <p className="muted">{t('meetings.personalCalendar.shownOnce')}</p>
          <ul className="personal-calendar__howto">
            <li>{t('meetings.personalCalendar.outlook')}</li>
            <li>{t('meetings.personalCalendar.google')}</li>
          </ul>
        </>
      ) : (
        createdAt && <p>{t('meetings.personalCalendar.exists', { date: formatMeetingDate(createdAt as string, i18n.language) })}</p>
      )}
      {status.data && (
        <div className="form-actions">
          <button
            type="button"
            className={createdAt ? 'button' : 'button button--primary'}
            disabled={renewing.fetching}
            onClick={() => void make()}
          >
            {t(createdAt ? 'meetings.personalCalendar.renew' : 'meetings.personalCalendar.create')}
          </button>
        </div>
      )}
      {message && (
        <p className={message.ok ? 'muted' : 'field__error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
