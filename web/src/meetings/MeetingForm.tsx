import { type FieldError, meetingDetailsSchema, stockholmInstant, stockholmWallClock, validate, type Validated } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { describeError, errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';

/** What the API takes: times as instants with their offset. */
export interface MeetingInputValues {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  description: string | null;
}

interface Draft {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  description: string;
}

function draftOf(meeting: MeetingFieldsFragment | undefined): Draft {
  if (!meeting)
    return { title: '', date: '', startTime: '09:00', endTime: '12:00', place: '', onlineUrl: '', capacity: '', description: '' };
  const start = stockholmWallClock(meeting.startsAt);
  return {
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: stockholmWallClock(meeting.endsAt).time,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    capacity: meeting.capacity ? String(meeting.capacity) : '',
    description: meeting.description ?? '',
  };
}

/** The draft as the API's input, checked with the same schema the server uses; errors on the form's own fields. */
function checkDraft(draft: Draft): Validated<MeetingInputValues> {
  const startsAt = stockholmInstant(draft.date, draft.startTime);
  const endsAt = stockholmInstant(draft.date, draft.endTime);
  const capacity = draft.capacity.trim() === '' ? null : Number(draft.capacity);
  const input = {
    title: draft.title,
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    place: draft.place.trim() || null,
    onlineUrl: draft.onlineUrl.trim() || null,
    capacity,
    description: draft.description.trim() || null,
  };
  const result = validate(meetingDetailsSchema, input);
  if (result.ok) return { ok: true, value: input };
  return { ok: false, errors: result.errors.map(toFormField) };
}

/** Server and schema name startsAt and endsAt; the form shows the date and the two times. */
function toFormField(error: FieldError): FieldError {
  if (error.field === 'startsAt') return { ...error, field: error.code === 'invalidDateTime' ? 'date' : 'startTime' };
  if (error.field === 'endsAt') return { ...error, field: 'endTime' };
  return error;
}

const FIELDS = ['title', 'date', 'startTime', 'endTime', 'place', 'onlineUrl', 'capacity', 'description'];

interface MeetingFormProps {
  meeting?: MeetingFieldsFragment;
  onSubmit: (input: MeetingInputValues) => Promise<unknown>;
  onCancel: () => void;
}

/** Plan or change a meeting: date and times in Swedish time, place and/or link, seats, a description. */
export function MeetingForm({ meeting, onSubmit, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting));
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => checkDraft(draft),
    ({ idempotencyKey: _key, ...input }) => onSubmit(input),
  );
  // The server's errors name the API's fields (startsAt, endsAt): shown beside the form's own.
  const shown = errors.map(toFormField);
  const at = (field: string) => errorAt(shown, field);
  return (
    <form
      className="meeting-form"
      onSubmit={(e) => void handleSubmit(e)}
      aria-label={meeting ? t('meetings.editTitle') : t('meetings.planTitle')}
      noValidate
    >
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(shown, FIELDS)}
        message={failure}
      />
      <TextField label={t('meetings.form.title')} name="title" value={draft.title} onChange={set('title')} error={at('title')} />
      <div className="meeting-form__times">
        <DateTimeField label={t('meetings.form.date')} type="date" value={draft.date} onChange={set('date')} error={at('date')} />
        <DateTimeField
          label={t('meetings.form.startTime')}
          type="time"
          value={draft.startTime}
          onChange={set('startTime')}
          error={at('startTime')}
        />
        <DateTimeField
          label={t('meetings.form.endTime')}
          type="time"
          value={draft.endTime}
          onChange={set('endTime')}
          error={at('endTime')}
        />
      </div>
      <p className="field__hint">{t('meetings.form.timeHint')}</p>
      <TextField
        label={t('meetings.form.place')}
        name="place"
        value={draft.place}
        onChange={set('place')}
        error={at('place')}
        hint={t('meetings.form.placeHint')}
        optional
      />
      <TextField
        label={t('meetings.form.onlineUrl')}
        name="onlineUrl"
        value={draft.onlineUrl}
        onChange={set('onlineUrl')}
        error={at('onlineUrl')}
        optional
        placeholder="https://"
      />
      <TextField
        label={t('meetings.form.capacity')}
        name="capacity"
        value={draft.capacity}
        onChange={set('capacity')}
        error={at('capacity')}
        hint={t('meetings.form.capacityHint')}
        optional
        numeric
      />
      <TextField
        label={t('meetings.form.description')}
        name="description"
        value={draft.description}
        onChange={set('description')}
        error={at('description')}
        optional
        multiline
      />
      <FormActions submitLabel={t('meetings.form.save')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}

interface DateTimeFieldProps {
  label: string;
  type: 'date' | 'time';
  value: string;
  onChange: (value: string) => void;
  error?: FieldError;
}

function DateTimeField({ label, type, value, onChange, error }: DateTimeFieldProps) {
  const { t } = useTranslation();
  const id = `meeting-${type}-${label}`.replace(/\s+/g, '-');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {describeError(t, error)}
        </p>
      )}
    </div>
  );
}
