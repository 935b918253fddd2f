import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useMutation, useQuery } from '../ui/graphql';
import { AddAttendeeMutation, MeetingPeopleQuery, RemoveAttendeeMutation } from './operations';
import { useMeetingChange } from './useMeetingChange';

interface AttendanceProps {
  meeting: MeetingFieldsFragment;
  /** Staff of a meeting being held or closed: add and remove. */
  editable: boolean;
  onChanged: (meeting: MeetingFieldsFragment) => void;
}

/** Who attended: one of the arena's people (searched by name) or a guest written by hand. */
export function Attendance({ meeting, editable, onChanged }: AttendanceProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [guest, setGuest] = useState({ name: '', organizationName: '' });
  const people = useQuery(
    MeetingPeopleQuery,
    { arenaId: meeting.arenaId, search: search.trim() || null },
    { skip: !editable || search.trim().length < 2 },
  );
  const [add, adding] = useMutation(AddAttendeeMutation);
  const [remove] = useMutation(RemoveAttendeeMutation);
  const present = new Set(meeting.attendees.map((a) => a.userId).filter(Boolean));

  const { failure, run } = useMeetingChange(onChanged);
  const addGuest = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(
      async () =>
        (await add({ meetingId: meeting.id, input: { name: guest.name, organizationName: guest.organizationName || null } })).addAttendee,
    );
    if (ok) setGuest({ name: '', organizationName: '' });
  };
  const candidates = (people.data?.arenaPeople.edges ?? []).map((e) => e.node).filter((p) => !present.has(p.id));

  return (
    <section className="attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('meetings.attendance.title', { count: meeting.attendees.length })}</h2>
      {meeting.attendees.length === 0 ? (
        <p className="muted">{t('meetings.attendance.empty')}</p>
      ) : (
        <ul className="attendance__list">
          {meeting.attendees.map((attendee) => (
            <li key={attendee.id}>
              {attendee.name}
              {attendee.organizationName && <span className="muted"> ({attendee.organizationName})</span>}
              {editable && (
                <button
                  type="button"
                  className="button button--link"
                  aria-label={t('meetings.attendance.remove', { name: attendee.name })}
                  onClick={() => void run(async () => (await remove({ attendeeId: attendee.id })).removeAttendee)}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {editable && (
        <div className="attendance__add">
          <label className="field">
            <span className="field__label">{t('meetings.attendance.search')}</span>
            <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('meetings.attendance.searchHint')} />
          </label>
          {candidates.length > 0 && (
            <ul className="attendance__candidates">
              {candidates.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={adding.fetching}
                    onClick={() => void run(async () => (await add({ meetingId: meeting.id, input: { userId: person.id } })).addAttendee)}
                  >
                    + {person.name} ({person.organization.name})
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form className="attendance__guest" onSubmit={(e) => void addGuest(e)} aria-label={t('meetings.attendance.guest')}>
            <label className="field">
              <span className="field__label">{t('meetings.attendance.guestName')}</span>
              <input value={guest.name} onChange={(e) => setGuest((g) => ({ ...g, name: e.target.value }))} />
            </label>
            <label className="field">
              <span className="field__label">{t('meetings.attendance.guestOrganization')}</span>
              <input value={guest.organizationName} onChange={(e) => setGuest((g) => ({ ...g, organizationName: e.target.value }))} />
            </label>
            <button type="submit" className="button button--small" disabled={adding.fetching}>
              {t('meetings.attendance.addGuest')}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
