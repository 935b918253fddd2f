import { agendaItemSchema, validate, type Validated } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { SelectField, TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';

type Item = MeetingFieldsFragment['agenda'][number];

export interface AgendaItemValues {
  title: string;
  description: string | null;
  durationMinutes: number;
  objectIds: string[];
  parentId: string | null;
}

interface AgendaItemFormProps {
  /** The item to change; a new item when absent. */
  item?: Item;
  /** Main items a new item may go under. */
  parents: Item[];
  onSubmit: (values: AgendaItemValues) => Promise<unknown>;
  onCancel: () => void;
}

const FIELDS = ['title', 'durationMinutes', 'description', 'parentId'];

/** A new agenda item (under a main item if chosen), or a change to one; its objects stay as they are. */
export function AgendaItemForm({ item, parents, onSubmit, onCancel }: AgendaItemFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item?.title ?? '');
  const [minutes, setMinutes] = useState(String(item?.durationMinutes ?? 10));
  const [description, setDescription] = useState(item?.description ?? '');
  const [parentId, setParentId] = useState('');
  const check = (): Validated<AgendaItemValues> => {
    const values = {
      title,
      description: description.trim() || null,
      durationMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      objectIds: item?.objects.map((o) => o.id) ?? [],
      parentId: item ? item.parentId : parentId || null,
    };
    const result = validate(agendaItemSchema, values);
    return result.ok ? { ok: true, value: values } : result;
  };
  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(check, ({ idempotencyKey: _key, ...values }) =>
    onSubmit(values),
  );
  const label = item ? t('meetings.agenda.editItem', { number: item.number }) : t('meetings.agenda.addTitle');
  return (
    <form className="agenda-form" onSubmit={(e) => void handleSubmit(e)} aria-label={label} noValidate>
      <h3>{label}</h3>
      <ErrorSummary
        ref={summaryRef}
        visible={errors.length > 0 || Boolean(failure)}
        unplaced={errorsOutside(errors, FIELDS)}
        message={failure}
      />
      <TextField label={t('meetings.agenda.itemTitle')} name="title" value={title} onChange={setTitle} error={errorAt(errors, 'title')} />
      <TextField
        label={t('meetings.agenda.duration')}
        name="durationMinutes"
        value={minutes}
        onChange={setMinutes}
        error={errorAt(errors, 'durationMinutes')}
        numeric
      />
      {!item && parents.length > 0 && (
        <SelectField
          label={t('meetings.agenda.parent')}
          name="parentId"
          value={parentId}
          onChange={setParentId}
          placeholder={t('meetings.agenda.parentNone')}
          options={parents.map((p) => ({ value: p.id, label: `${p.number}. ${p.title}` }))}
          error={errorAt(errors, 'parentId')}
        />
      )}
      <TextField
        label={t('meetings.agenda.description')}
        name="description"
        value={description}
        onChange={setDescription}
        error={errorAt(errors, 'description')}
        optional
        multiline
      />
      <FormActions submitLabel={t('meetings.agenda.saveItem')} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
