import { OBJECT_STATUSES, type ObjectStatus, SYSTEM_STATUSES } from '@flaskhals/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation } from '../ui/graphql';
import { ChangeObjectStatusMutation, MarkTriagedMutation } from './operations';
import { describeStatusFailure } from './statusErrors';

const CHOOSABLE: readonly ObjectStatus[] = OBJECT_STATUSES.filter((s) => !SYSTEM_STATUSES.includes(s));

interface BulkStatusBarProps {
  selected: string[];
  /** After a change: the list reads its objects anew (and clears the selection). */
  onDone: () => Promise<void>;
  /** The inbox also offers "handled" for the selection (markTriaged needs the arena). */
  arenaId?: string;
}

/**
 * What staff do with a selection: a status for all of them (or none, when one may not: the refused
 * transitions are named), or in the inbox "handled". Used by the inbox and the register's table.
 */
export function BulkStatusBar({ selected, onDone, arenaId }: BulkStatusBarProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ObjectStatus | ''>('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [change, changing] = useMutation(ChangeObjectStatusMutation);
  const [handled, handling] = useMutation(MarkTriagedMutation);
  const count = selected.length;

  const run = async (action: () => Promise<unknown>, success: string) => {
    setMessage(null);
    try {
      await action();
      setMessage({ kind: 'success', text: success });
      await onDone();
    } catch (cause) {
      setMessage({ kind: 'error', text: describeStatusFailure(t, cause) });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) {
      setMessage({ kind: 'error', text: t('triage.chooseStatus') });
      return;
    }
    void run(
      () => change({ input: { objectIds: selected, status, reason: reason.trim() || null } }),
      t('triage.bulkChanged', { count, status: t(`statuses.${status}`) }),
    );
  };
  return (
    <form className="triage__bulk" onSubmit={submit} aria-label={t('triage.bulkLabel')}>
      <span className="triage__count" aria-live="polite">
        {t('triage.selected', { count })}
      </span>
      <label>
        <span className="visually-hidden">{t('triage.newStatusShort')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as ObjectStatus | '')} disabled={count === 0}>
          <option value="">{t('triage.newStatusShort')}</option>
          {CHOOSABLE.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('triage.reason')}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('triage.reasonShort')} disabled={count === 0} />
      </label>
      <button type="submit" className="button button--primary button--small" disabled={count === 0 || changing.fetching}>
        {t('triage.changeSelected', { count })}
      </button>
      {arenaId && (
        <button
          type="button"
          className="button button--small"
          disabled={count === 0 || handling.fetching}
          onClick={() => void run(() => handled({ arenaId, objectIds: selected }), t('triage.bulkHandled', { count }))}
        >
          {t('triage.markHandled', { count })}
        </button>
      )}
      {message && (
        <p
          className={message.kind === 'error' ? 'field__error' : 'notice notice--success'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
