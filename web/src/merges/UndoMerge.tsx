import { type ArenaRole, can } from '@flaskhals/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../ui/format/numbers';
import { useMutation, useQuery } from '../ui/graphql';
import { describeFailure } from './failures';
import { ObjectMergeQuery, UndoMergeMutation } from './operations';

/** What the undo needs to know of a merge. */
export interface UndoableMerge {
  id: string;
  keptName: string;
  duplicateName: string;
  undoneAt?: string | null;
  canUndo: boolean;
  undoBlockedBy?: string | null;
}

/**
 * "Ångra" on a merge while it can be undone (after a question), else why not, or when it was undone.
 * Used by the merge list and, through UndoMergeFromEvent, by a history entry of the merge.
 */
export function UndoMergeAction({ merge, onUndone }: { merge: UndoableMerge; onUndone: () => unknown }) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [undo] = useMutation(UndoMergeMutation);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const names = { kept: merge.keptName, duplicate: merge.duplicateName };

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await undo({ mergeId: merge.id });
      setAsking(false);
      await onUndone();
    } catch (cause) {
      setError(describeFailure(t, cause));
    } finally {
      setBusy(false);
    }
  };

  if (merge.undoneAt) return <p className="muted small">{t('merges.undoneOn', { date: formatDate(merge.undoneAt, i18n.language) })}</p>;
  if (!merge.canUndo) return merge.undoBlockedBy ? <p className="muted small">{t(`merges.cannotUndo.${merge.undoBlockedBy}`)}</p> : null;
  if (!asking)
    return (
      <button type="button" className="button button--small" aria-label={t('merges.undoLabel', names)} onClick={() => setAsking(true)}>
        {t('merges.undo')}
      </button>
    );
  return (
    <div className="withdraw-question" role="group" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p className="withdraw-question__text">{t('merges.undoQuestion', names)}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" ref={confirm} className="button button--danger" disabled={busy} onClick={() => void run()}>
          {busy ? t('merges.undoing') : t('merges.confirmUndo')}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t('merges.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * For an object's history (MERGED_IN / MERGED_AWAY events carry `data.mergeId`): "Ångra" for staff
 * while the merge can be undone. Renders nothing for others.
 */
export function UndoMergeFromEvent({
  mergeId,
  viewer,
  onUndone,
}: {
  mergeId: string;
  viewer: { role: ArenaRole | null };
  onUndone?: () => unknown;
}) {
  const staff = can(viewer.role, 'triage');
  const merge = useQuery(ObjectMergeQuery, { id: mergeId }, { skip: !staff });
  const found = merge.data?.objectMerge;
  if (!staff || !found) return null;
  return (
    <UndoMergeAction
      merge={found}
      onUndone={async () => {
        void merge.refetch();
        await onUndone?.();
      }}
    />
  );
}

/** The actions of a history entry: "Ångra" on a MERGED_IN/MERGED_AWAY entry (staff, while it can be undone). */
export function mergeEventActions(viewer: { role: ArenaRole | null }, onUndone?: () => unknown) {
  return function MergeEventActions(event: { kind: string; data: unknown }) {
    const mergeId = (event.data as { mergeId?: unknown } | null)?.mergeId;
    if ((event.kind !== 'MERGED_IN' && event.kind !== 'MERGED_AWAY') || typeof mergeId !== 'string' || !can(viewer.role, 'triage'))
      return null;
    return (
      <div className="timeline__actions">
        <UndoMergeFromEvent mergeId={mergeId} viewer={viewer} onUndone={onUndone} />
      </div>
    );
  };
}
