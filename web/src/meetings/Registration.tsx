import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useMutation } from '../ui/graphql';
import { CancelMeetingRegistrationMutation, RegisterForMeetingMutation } from './operations';
import { useMeetingChange } from './useMeetingChange';

interface RegistrationProps {
  meeting: MeetingFieldsFragment;
  onChanged: (meeting: MeetingFieldsFragment) => void;
}

/** Seats and the waiting list, the reader's own registration, and (for staff) who registered. */
export function Registration({ meeting, onChanged }: RegistrationProps) {
  const { t } = useTranslation();
  const [register, registering] = useMutation(RegisterForMeetingMutation);
  const [cancel, cancelling] = useMutation(CancelMeetingRegistrationMutation);
  const { failure, run } = useMeetingChange(onChanged);
  const r = meeting.registration;
  const full = meeting.capacity !== null && meeting.capacity !== undefined && r.registered >= meeting.capacity;
  const busy = registering.fetching || cancelling.fetching;
  return (
    <section className="registration" aria-labelledby="registration-title">
      <h2 id="registration-title">{t('meetings.registration.title')}</h2>
      <p role="status">
        {meeting.capacity
          ? t('meetings.registration.countsCapped', { registered: r.registered, capacity: meeting.capacity })
          : t('meetings.registration.counts', { registered: r.registered })}
        {r.waiting > 0 && t('meetings.registration.waiting', { count: r.waiting })}
        {'. '}
        {r.myPlace !== null && r.myPlace !== undefined && (
          <strong>
            {r.myWaitingPosition
              ? t('meetings.registration.mineWaiting', { position: r.myWaitingPosition })
              : t('meetings.registration.mine')}
          </strong>
        )}
      </p>
      {r.open ? (
        r.myPlace ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(async () => (await cancel({ meetingId: meeting.id })).cancelMeetingRegistration)}
          >
            {t('meetings.registration.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(async () => (await register({ meetingId: meeting.id })).registerForMeeting)}
          >
            {t(full ? 'meetings.registration.registerWaiting' : 'meetings.registration.register')}
          </button>
        )
      ) : (
        <p className="muted">{t('meetings.registration.closed')}</p>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {meeting.registrants.length > 0 && (
        <details className="registration__list">
          <summary>
            {t('meetings.registration.list')} ({meeting.registrants.length})
          </summary>
          <ol>
            {meeting.registrants.map((p) => (
              <li key={p.userId}>
                {p.name}
                {p.organizationName && <span className="muted"> ({p.organizationName})</span>}
                {p.waitingPosition && (
                  <span className="muted"> · {t('meetings.registration.waitingMark', { position: p.waitingPosition })}</span>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
