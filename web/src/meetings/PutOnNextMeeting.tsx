import { type ArenaRole, can } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMutation } from '../ui/graphql';
import { fieldErrorsOf } from '../ui/graphql/errors';
import { describeRequestFailure } from '../ui/graphql/errors';
import { MEETINGS_PATH } from './MeetingsPage';
import { formatMeetingDate } from './meetingTime';
import { PutObjectOnNextMeetingMutation } from './operations';

/** Staff: "Sätt på nästa möte" on an object — onto the agenda of the arena's next planned meeting. */
export function PutOnNextMeeting({ objectId, role }: { objectId: string; role: ArenaRole | null }) {
  const { t, i18n } = useTranslation();
  const [put, putting] = useMutation(PutObjectOnNextMeetingMutation);
  const [result, setResult] = useState<{ ok: boolean; text: string; meetingId?: string }>();
  if (!can(role, 'manageMeetings')) return null;
  const run = async () => {
    try {
      const { putObjectOnNextMeeting: meeting } = await put({ objectId });
      setResult({
        ok: true,
        text: t('meetings.next.done', { title: meeting.title, date: formatMeetingDate(meeting.startsAt, i18n.language) }),
        meetingId: meeting.id,
      });
    } catch (cause) {
      const none = fieldErrorsOf(cause).some((e) => e.code === 'noUpcomingMeeting');
      setResult({ ok: false, text: none ? t('meetings.next.none') : describeRequestFailure(t, cause) });
    }
  };
  return (
    <div className="put-on-next">
      <button type="button" className="button button--small" disabled={putting.fetching} onClick={() => void run()}>
        {t('meetings.next.button')}
      </button>
      {result && (
        <p className={result.ok ? 'notice notice--success' : 'notice notice--warning'} role="status">
          {result.text} {result.meetingId && <Link to={`${MEETINGS_PATH}/${result.meetingId}`}>{t('meetings.agenda.title')}</Link>}
        </p>
      )}
    </div>
  );
}
