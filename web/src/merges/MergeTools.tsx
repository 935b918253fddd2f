import './merges.css';

import { type ArenaRole, can } from '@flaskhals/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useQuery } from '../ui/graphql';
import { LoadError } from '../ui/layout/states';
import { MergeDialog } from './MergeDialog';
import { MergedIntoQuery, MergeSubjectQuery } from './operations';

export interface MergeToolsProps {
  object: { id: string; status: string };
  viewer: { role: ArenaRole | null };
  /** Reports moved between objects: the detail, the map and the list read again. */
  onChanged?: () => unknown;
  /** Opens another object's detail (the kept object of a duplicate). */
  onOpenObject?: (objectId: string) => void;
}

/**
 * "Slå ihop med…" in the object detail, for staff: pick the other object, preview, confirm. The
 * merge then shows in both objects' history, with "Ångra" while it can still be undone
 * (mergeEventActions); MergedIntoNotice tells everyone what became of a DUPLICATE.
 */
export function MergeTools({ object, viewer, onChanged, onOpenObject }: MergeToolsProps) {
  const { t } = useTranslation();
  const staff = can(viewer.role, 'triage') && object.status !== 'DUPLICATE';
  const subject = useQuery(MergeSubjectQuery, { id: object.id }, { skip: !staff });
  const [merging, setMerging] = useState(false);
  const [notice, setNotice] = useState<string>();
  const titleId = useId();
  const current = subject.data?.object?.id === object.id ? subject.data.object : undefined;
  if (!staff) return null;
  return (
    <section className="object-detail__section merge-tools" aria-labelledby={titleId}>
      <div className="section-heading">
        <h3 id={titleId}>{t('merges.sectionTitle')}</h3>
        {!merging && (
          <button
            type="button"
            className="button button--small"
            disabled={!current}
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
      {subject.error && !current && <LoadError onRetry={() => void subject.refetch()} />}
      {merging && current && (
        <MergeDialog
          subject={current}
          onCancel={() => setMerging(false)}
          onMerged={(keptId) => {
            setMerging(false);
            setNotice(t('merges.merged'));
            void onChanged?.();
            if (keptId !== object.id) onOpenObject?.(keptId);
          }}
        />
      )}
    </section>
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
