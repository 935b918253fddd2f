import './merges.css';

import { type ArenaRole, can } from '@flaskhals/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { LoadError } from '../ui/layout/states';
import { MergeDialog } from './MergeDialog';
import { MergedIntoQuery, MergeSubjectQuery, ObjectMergesQuery } from './operations';
import { type UndoableMerge, UndoMergeAction } from './UndoMerge';

export interface MergeToolsProps {
  object: { id: string; status: string };
  viewer: { role: ArenaRole | null };
  /** Reports moved between objects: the detail, the map and the list read again. */
  onChanged?: () => unknown;
  /** Opens another object's detail (the kept object of a duplicate). */
  onOpenObject?: (objectId: string) => void;
}

/**
 * Duplicates in the object detail, for staff: merge the object with another ("Slå ihop med…") and
 * see its merges, each with "Ångra" while it can still be undone (MergedIntoNotice tells everyone
 * else what became of a DUPLICATE).
 */
export function MergeTools({ object, viewer, onChanged, onOpenObject }: MergeToolsProps) {
  const { t } = useTranslation();
  const staff = can(viewer.role, 'triage');
  const subject = useQuery(MergeSubjectQuery, { id: object.id }, { skip: !staff });
  const merges = useQuery(ObjectMergesQuery, { objectId: object.id }, { skip: !staff });
  const [merging, setMerging] = useState(false);
  const [notice, setNotice] = useState<string>();
  const titleId = useId();
  const { refetch: refetchSubject } = subject;
  const { refetch: refetchMerges } = merges;
  // The detail read the object again and its status changed (a merge or undo elsewhere): so do we.
  const lastStatus = useRef(object.status);
  useEffect(() => {
    if (lastStatus.current === object.status) return;
    lastStatus.current = object.status;
    void refetchSubject();
    void refetchMerges();
  }, [object.status, refetchSubject, refetchMerges]);

  const current = subject.data?.object?.id === object.id ? subject.data.object : undefined;
  const changed = async (message: string) => {
    setNotice(message);
    await Promise.all([onChanged?.(), refetchSubject(), refetchMerges()]);
  };

  return (
    <>
      {staff && current && (
        <section className="object-detail__section merge-tools" aria-labelledby={titleId}>
          <div className="section-heading">
            <h3 id={titleId}>{t('merges.sectionTitle')}</h3>
            {current.status !== 'DUPLICATE' && !merging && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setNotice(undefined);
                  setMerging(true);
                }}
              >
                {t('merges.mergeWith')}
              </button>
            )}
          </div>
          {notice && (
            <p className="notice notice--success" role="status">
              {notice}
            </p>
          )}
          {merging && (
            <MergeDialog
              subject={current}
              onCancel={() => setMerging(false)}
              onMerged={(keptId) => {
                setMerging(false);
                void changed(t('merges.merged'));
                if (keptId !== object.id) onOpenObject?.(keptId);
              }}
            />
          )}
          {merges.error && !merges.data ? (
            <LoadError onRetry={() => void refetchMerges()} />
          ) : (
            merges.data &&
            merges.data.objectMerges.totalCount > 0 && (
              <MergeHistory merges={merges.data.objectMerges.edges.map((e) => e.node)} onUndone={() => void changed(t('merges.undone'))} />
            )
          )}
        </section>
      )}
    </>
  );
}

/** For a DUPLICATE object (anyone who sees it): "Sammanslagen med X", and a way to open X. */
export function MergedIntoNotice({
  object,
  onOpenObject,
}: {
  object: { id: string; status: string };
  onOpenObject?: (id: string) => void;
}) {
  const subject = useQuery(MergeSubjectQuery, { id: object.id }, { skip: object.status !== 'DUPLICATE' });
  const keptId = subject.data?.object?.id === object.id ? subject.data.object.duplicateOf : null;
  return keptId ? <MergedNotice keptId={keptId} onOpenObject={onOpenObject} /> : null;
}

function MergedNotice({ keptId, onOpenObject }: { keptId: string; onOpenObject?: (id: string) => void }) {
  const { t } = useTranslation();
  const kept = useQuery(MergedIntoQuery, { id: keptId });
  const name = kept.data?.object?.name ?? '…';
  return (
    <div className="notice notice--info merged-notice" role="note">
      <p>
        <strong>{t('merges.mergedInto', { name })}</strong>
      </p>
      <p className="small">{t('merges.mergedIntoHint')}</p>
      {onOpenObject && kept.data?.object && (
        <button type="button" className="button button--small" onClick={() => onOpenObject(keptId)}>
          {t('merges.openKept', { name })}
        </button>
      )}
    </div>
  );
}

interface MergeEntry extends UndoableMerge {
  mergedByName?: string | null;
  mergedAt: string;
  reason?: string | null;
  movedReports: number;
  movedSupports: number;
}

function MergeHistory({ merges, onUndone }: { merges: MergeEntry[]; onUndone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="merge-history">
      <h4>{t('merges.historyTitle')}</h4>
      <ol>
        {merges.map((merge) => (
          <MergeHistoryItem key={merge.id} merge={merge} onUndone={onUndone} />
        ))}
      </ol>
    </div>
  );
}

function MergeHistoryItem({ merge, onUndone }: { merge: MergeEntry; onUndone: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`merge-entry${merge.undoneAt ? ' merge-entry--undone' : ''}`}>
      <p className="merge-entry__title">{t('merges.historyEntry', { kept: merge.keptName, duplicate: merge.duplicateName })}</p>
      <p className="muted small">
        {t('merges.historyMeta', {
          date: formatDate(merge.mergedAt, i18n.language),
          person: merge.mergedByName ?? '—',
          reports: t('merges.reports', { count: merge.movedReports }),
          supports: t('merges.supports', { count: merge.movedSupports }),
        })}
      </p>
      {merge.reason && <p className="prose">{merge.reason}</p>}
      <UndoMergeAction merge={merge} onUndone={onUndone} />
    </li>
  );
}
