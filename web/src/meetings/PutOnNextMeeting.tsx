import { type ArenaRole, can } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMutation } from '../ui/graphql';
import { fieldErrorsOf } from '../ui/graphql/errors';
import { describeRequestFailure } from '../ui/graphql/errors';
import { MEETINGS_PATH } from './MeetingsPage';
import { formatMeetingDate } from './meetingTime';
import { PutObjectOnNextMeetingMutation, PutObjectsOnNextMeetingMutation } from './operations';

type Result = { ok: boolean; text: string; meetingId?: string };
type Answer = { id: string; title: string; startsAt: string };

/** Runs a "put on the next meeting" and words its answer: the meeting and its date, or why not. */
function usePutOnNextMeeting() {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<Result>();
  const run = async (put: () => Promise<Answer>, done: (title: string, date: string) => string) => {
    try {
      const meeting = await put();
      setResult({ ok: true, text: done(meeting.title, formatMeetingDate(meeting.startsAt, i18n.language)), meetingId: meeting.id });
    } catch (cause) {
      const none = fieldErrorsOf(cause).some((e) => e.code === 'noUpcomingMeeting');
      setResult({ ok: false, text: none ? t('meetings.next.none') : describeRequestFailure(t, cause) });
    }
  };
  return { result, run };
}

function ResultLine({ result }: { result: Result | undefined }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <p className={result.ok ? 'notice notice--success' : 'notice notice--warning'} role="status">
      {result.text} {result.meetingId && <Link to={`${MEETINGS_PATH}/${result.meetingId}`}>{t('meetings.agenda.title')}</Link>}
    </p>
  );
}

/** Staff: "Sätt på nästa möte" on an object — onto the agenda of the arena's next planned meeting. */
export function PutOnNextMeeting({ objectId, role }: { objectId: string; role: ArenaRole | null }) {
  const { t } = useTranslation();
  const [put, putting] = useMutation(PutObjectOnNextMeetingMutation);
  const { result, run } = usePutOnNextMeeting();
  if (!can(role, 'manageMeetings')) return null;
  return (
    <div className="put-on-next">
      <button
        type="button"
        className="button button--small"
        disabled={putting.fetching}
        onClick={() =>
          void run(
            async () => (await put({ objectId })).putObjectOnNextMeeting,
            (title, date) => t('meetings.next.done', { title, date }),
          )
        }
      >
        {t('meetings.next.button')}
      </button>
      <ResultLine result={result} />
    </div>
  );
}

/** Staff: the register's chosen rows onto the next meeting's agenda, each as its own item. */
export function PutSelectedOnNextMeeting({ objectIds, role }: { objectIds: string[]; role: ArenaRole | null }) {
  const { t } = useTranslation();
  const [put, putting] = useMutation(PutObjectsOnNextMeetingMutation);
  const { result, run } = usePutOnNextMeeting();
  if (!can(role, 'manageMeetings')) return null;
  const count = objectIds.length;
  return (
    <div className="put-on-next">
      <button
        type="button"
        className="button button--small"
        disabled={putting.fetching || count === 0}
        onClick={() =>
          void run(
            async () => (await put({ objectIds })).putObjectsOnNextMeeting,
            (title, date) => t('meetings.next.doneMany', { count, title, date }),
          )
        }
      >
        {t('meetings.next.buttonMany', { count })}
      </button>
      <ResultLine result={result} />
    </div>
  );
}
