import { type FieldError, MAX_PRIORITY_LIST_SIZE } from '@flaskhals/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField } from '../ui/forms/fields';
import { fieldErrorsOf, useMutation, useQuery } from '../ui/graphql';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { EditPriorityListMutation, PriorityCandidatesQuery, ProposePriorityListMutation, WorkingPriorityListQuery } from './operations';
import { PriorityChanges } from './PriorityChanges';

/**
 * The working list: members read it; staff propose it from the score ranking, move objects up and
 * down, add and remove them, each change with a reason (kept with who and when, listed below).
 */
export function WorkingList({ arenaId, canManage }: { arenaId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const list = useQuery(WorkingPriorityListQuery, { arenaId });
  const candidates = useQuery(PriorityCandidatesQuery, { arenaId }, { skip: !canManage });
  const [propose, proposing] = useMutation(ProposePriorityListMutation);
  const [edit, editing] = useMutation(EditPriorityListMutation);
  const [reason, setReason] = useState('');
  const [size, setSize] = useState<string>();
  const [adding, setAdding] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [changesKey, setChangesKey] = useState(0);
  const working = list.data?.workingPriorityList;
  const sizeText = size ?? String(working?.size ?? 20);
  const errorOf = (field: string) => {
    const error = errors.find((e) => e.field === field);
    return error ? t(`priorities.errors.${error.code}`, { ...error.params, defaultValue: t('validation.unknown') }) : undefined;
  };
  const run = async (change: () => Promise<unknown>) => {
    setErrors([]);
    try {
      await change();
      setReason('');
      setChangesKey((k) => k + 1);
      await list.refetch();
    } catch (cause) {
      const found = fieldErrorsOf(cause);
      setErrors(found.length ? found : [{ field: '', code: 'unknown' }]);
    }
  };
  const change = (kind: 'ADD' | 'MOVE' | 'REMOVE', objectId: string, toRank: number | null) => {
    if (!reason.trim()) {
      setErrors([{ field: 'reason', code: 'required' }]);
      document.querySelector<HTMLInputElement>('.working-list input[name="reason"]')?.focus();
      return;
    }
    void run(() => edit({ input: { arenaId, edit: kind, objectId, toRank, reason } }));
  };
  const submitProposal = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(sizeText);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PRIORITY_LIST_SIZE) {
      setErrors([{ field: 'size', code: n < 1 ? 'tooSmall' : 'tooLarge', params: { min: 1, max: MAX_PRIORITY_LIST_SIZE } }]);
      return;
    }
    if (working?.entries.length && !window.confirm(t('priorities.working.proposeConfirm', { size: n }))) return;
    void run(() => propose({ arenaId, size: n, reason: reason.trim() || null }));
  };
  const busy = proposing.fetching || editing.fetching;
  const onList = new Set(working?.entries.map((e) => e.object?.id));
  return (
    <section className="page__card working-list" aria-labelledby="working-list-title">
      <h2 id="working-list-title">{t('priorities.working.title')}</h2>
      <p className="muted">{t('priorities.working.intro')}</p>
      {list.error && !list.data ? (
        <LoadError onRetry={() => void list.refetch()} />
      ) : !working ? (
        <LoadingLine />
      ) : (
        <>
          {canManage && (
            <div className="working-list__tools">
              <form className="working-list__propose" onSubmit={submitProposal} noValidate>
                <TextField
                  label={t('priorities.working.size')}
                  name="size"
                  value={sizeText}
                  onChange={setSize}
                  numeric
                  error={errors.find((e) => e.field === 'size')}
                />
                <button type="submit" className="button" disabled={busy}>
                  {t('priorities.working.propose')}
                </button>
              </form>
              <TextField
                label={t('priorities.working.reason')}
                name="reason"
                hint={t('priorities.working.reasonHint')}
                value={reason}
                onChange={setReason}
                error={errors.find((e) => e.field === 'reason')}
              />
            </div>
          )}
          {errorOf('objectId') && (
            <p className="notice notice--error" role="alert">
              {errorOf('objectId')}
            </p>
          )}
          {errors.some((e) => e.field === '') && (
            <p className="notice notice--error" role="alert">
              {t('validation.unknown')}
            </p>
          )}
          {working.entries.length === 0 ? (
            <p className="notice" role="status">
              {t('priorities.working.empty')}
            </p>
          ) : (
            <ol className="working-list__entries">
              {working.entries.map((entry, i) => {
                const name = entry.object?.name ?? '';
                const id = entry.object?.id ?? '';
                return (
                  <li key={id} className="working-list__entry">
                    <span className="working-list__rank">{entry.rank}</span>
                    <span className="working-list__name">{name}</span>
                    {entry.inPlan && <span className="badge">{t('priorities.inPlan')}</span>}
                    {canManage && (
                      <span className="working-list__actions">
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('priorities.working.up', { name })}
                          disabled={busy || i === 0}
                          onClick={() => change('MOVE', id, (entry.rank ?? 1) - 1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('priorities.working.down', { name })}
                          disabled={busy || i === working.entries.length - 1}
                          onClick={() => change('MOVE', id, (entry.rank ?? 1) + 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          aria-label={t('priorities.working.remove', { name })}
                          disabled={busy}
                          onClick={() => change('REMOVE', id, null)}
                        >
                          ✕
                        </button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {canManage && (
            <form
              className="working-list__add"
              onSubmit={(e) => {
                e.preventDefault();
                if (adding) change('ADD', adding, null);
              }}
            >
              <label className="field">
                <span className="field__label">{t('priorities.working.add')}</span>
                <select value={adding} onChange={(e) => setAdding(e.target.value)}>
                  <option value="">{t('priorities.working.choose')}</option>
                  {candidates.data?.scoreRanking.edges
                    .filter((e) => !onList.has(e.node.object.id))
                    .map((e) => (
                      <option key={e.node.object.id} value={e.node.object.id}>
                        {e.node.rank}. {e.node.object.name}
                      </option>
                    ))}
                </select>
              </label>
              <button type="submit" className="button" disabled={busy || !adding}>
                {t('priorities.working.addButton')}
              </button>
            </form>
          )}
        </>
      )}
      <PriorityChanges key={changesKey} arenaId={arenaId} />
    </section>
  );
}
