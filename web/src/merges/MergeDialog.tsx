import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation, useQuery } from '../ui/graphql';
import { LoadingLine } from '../ui/layout/states';
import { describeFailure } from './failures';
import { ObjectPicker, type PickedObject } from './ObjectPicker';
import { MergeObjectsMutation, MergePreviewQuery } from './operations';

interface MergeDialogProps {
  subject: { id: string; arenaId: string; name: string; geometry: unknown };
  /** After the merge: the kept object's id. */
  onMerged: (keptId: string) => void;
  onCancel: () => void;
}

/**
 * "Slå ihop med…": pick the other object, see what moves where (which one is kept, swappable),
 * then confirm. The preview is the server's own check: what it refuses, the merge would refuse.
 */
export function MergeDialog({ subject, onMerged, onCancel }: MergeDialogProps) {
  const { t } = useTranslation();
  const [other, setOther] = useState<PickedObject | null>(null);
  const [keepSubject, setKeepSubject] = useState(true);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [other]);

  return (
    <section className="merge-dialog" aria-labelledby={titleId} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h4 id={titleId} ref={heading} tabIndex={-1}>
        {other ? t('merges.previewTitle') : t('merges.pickTitle')}
      </h4>
      {other ? (
        <MergePreview
          keptId={keepSubject ? subject.id : other.id}
          duplicateId={keepSubject ? other.id : subject.id}
          onSwap={() => setKeepSubject((k) => !k)}
          onOther={() => setOther(null)}
          onMerged={onMerged}
          onCancel={onCancel}
        />
      ) : (
        <>
          <ObjectPicker subject={subject} onPick={setOther} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('merges.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

interface MergePreviewProps {
  keptId: string;
  duplicateId: string;
  onSwap: () => void;
  onOther: () => void;
  onMerged: (keptId: string) => void;
  onCancel: () => void;
}

function MergePreview({ keptId, duplicateId, onSwap, onOther, onMerged, onCancel }: MergePreviewProps) {
  const { t } = useTranslation();
  const preview = useQuery(MergePreviewQuery, { keptId, duplicateId });
  const [merge] = useMutation(MergeObjectsMutation);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const reasonId = useId();
  const reasonHintId = useId();
  const data = preview.data?.mergePreview;
  const current = data && data.kept.id === keptId && data.duplicate.id === duplicateId ? data : undefined;

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await merge({ input: { keptId, duplicateId, reason: reason.trim() || null } });
      onMerged(result.mergeObjects.kept.id);
    } catch (cause) {
      setError(describeFailure(t, cause));
      setBusy(false);
    }
  };

  if (preview.error && !current) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{describeFailure(t, preview.error)}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onOther}>
            {t('merges.otherObject')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('merges.cancel')}
          </button>
        </div>
      </div>
    );
  }
  if (!current) return <LoadingLine />;
  return (
    <div className="merge-preview">
      <dl className="merge-preview__sides">
        <div className="merge-preview__side merge-preview__side--kept">
          <dt>{t('merges.kept')}</dt>
          <dd>
            <strong>{current.kept.name}</strong>
            <span className="muted small"> · {t('merges.reportCount', { count: current.kept.reportCount })}</span>
          </dd>
        </div>
        <div className="merge-preview__side merge-preview__side--duplicate">
          <dt>{t('merges.duplicate')}</dt>
          <dd>
            <strong>{current.duplicate.name}</strong>
            <span className="muted small"> · {t('merges.reportCount', { count: current.duplicate.reportCount })}</span>
          </dd>
        </div>
      </dl>
      <button type="button" className="button button--small" onClick={onSwap} disabled={busy}>
        ⇅ {t('merges.swap')}
      </button>
      <p>
        {t('merges.moves', {
          name: current.kept.name,
          reports: t('merges.reports', { count: current.reports }),
          supports: t('merges.supports', { count: current.supports }),
        })}
      </p>
      {current.organizations.length > 0 ? (
        <>
          <h5>{t('merges.organizations')}</h5>
          <ul className="merge-preview__organizations">
            {current.organizations.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('merges.noOrganizations')}</p>
      )}
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('merges.reason')} <span className="field__optional">({t('form.optional')})</span>
        </label>
        <p className="field__hint" id={reasonHintId}>
          {t('merges.reasonHint')}
        </p>
        <textarea
          id={reasonId}
          aria-describedby={reasonHintId}
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm()}>
          {busy ? t('merges.merging') : t('merges.confirm')}
        </button>
        <button type="button" className="button" onClick={onOther} disabled={busy}>
          {t('merges.otherObject')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('merges.cancel')}
        </button>
      </div>
    </div>
  );
}
