import { allowedNextStatuses, type ObjectStatus } from '@flaskhals/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useMutation } from '../ui/graphql';
import { ChangeObjectStatusMutation, RestoreObjectMutation } from './operations';
import { describeStatusFailure } from './statusErrors';

interface StatusControlProps {
  object: { id: string; status: ObjectStatus; previousStatus?: ObjectStatus | null };
  /** After a change: the detail, map and list read the object anew. */
  onChanged: () => void | Promise<void>;
}

/**
 * Staff move one object through the workflow (shared/src/workflow.ts offers the allowed next
 * statuses), with an optional reason everyone who sees the object reads in its history; an
 * INACTIVE object is restored to the status it had.
 */
export function StatusControl({ object, onChanged }: StatusControlProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<ObjectStatus | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [change, changing] = useMutation(ChangeObjectStatusMutation);
  const [restore, restoring] = useMutation(RestoreObjectMutation);
  const legendId = useId();
  const next = allowedNextStatuses(object.status);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!to) {
      setError(t('triage.chooseStatus'));
      return;
    }
    setError(null);
    try {
      await change({ input: { objectIds: [object.id], status: to, reason: reason.trim() || null } });
      setDone(t('triage.changed', { status: t(`statuses.${to}`) }));
      setOpen(false);
      setTo('');
      setReason('');
      await onChanged();
    } catch (cause) {
      setError(describeStatusFailure(t, cause));
    }
  };

  const restoreNow = async () => {
    setError(null);
    try {
      await restore({ objectId: object.id });
      setDone(t('triage.restored'));
      await onChanged();
    } catch (cause) {
      setError(describeStatusFailure(t, cause));
    }
  };

  if (object.status === 'INACTIVE') {
    return (
      <div className="status-control notice notice--warning">
        <p>{t('triage.inactiveNotice')}</p>
        <button type="button" className="button button--small" disabled={restoring.fetching} onClick={() => void restoreNow()}>
          {t('triage.restoreAs', { status: t(`statuses.${object.previousStatus ?? 'REPORTED'}`) })}
        </button>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  if (next.length === 0) return null;
  return (
    <div className="status-control">
      {done && !open && (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      )}
      {!open ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setOpen(true);
            setDone(null);
          }}
        >
          {t('triage.changeStatus')}
        </button>
      ) : (
        <form className="status-control__form" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset aria-labelledby={legendId}>
            <legend id={legendId}>{t('triage.newStatus', { current: t(`statuses.${object.status}`) })}</legend>
            <div className="choice-list">
              {next.map((status) => (
                <label key={status} className="choice">
                  <input type="radio" name="status" value={status} checked={to === status} onChange={() => setTo(status)} />
                  {t(`statuses.${status}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextField
            label={t('triage.reason')}
            hint={t('triage.reasonHint')}
            name="reason"
            value={reason}
            onChange={setReason}
            optional
            multiline
          />
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <FormActions submitLabel={t('triage.save')} submitting={changing.fetching} onCancel={() => setOpen(false)} />
        </form>
      )}
    </div>
  );
}
