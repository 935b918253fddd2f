import { type ArenaRole, can, OBJECT_KINDS } from '@flaskhals/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ObjectKind, TransportMode } from '../gql/graphql';
import { useMutation, useQuery } from '../ui/graphql';
import { LoadingLine } from '../ui/layout/states';
import { describeFailure } from './failures';
import { ObjectPicker, type PickedObject } from './ObjectPicker';
import { MergeSubjectQuery, MoveReportMutation } from './operations';

export interface MoveReportActionProps {
  report: { id: string; title: string; withdrawnAt?: string | null };
  /** The object the report is on now. */
  objectId: string;
  viewer: { role: ArenaRole | null };
  /** After the move: the detail, the map and the list read again. */
  onMoved?: () => unknown;
}

/**
 * "Flytta rapport" for staff: the report, with its supports, to another object of the arena or to
 * a new object at the same place (a report filed on the wrong object, or two problems in one).
 */
export function MoveReportAction({ report, objectId, viewer, onMoved }: MoveReportActionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const opener = useRef<HTMLButtonElement>(null);
  if (!can(viewer.role, 'triage') || report.withdrawnAt) return null;
  return (
    <div className="move-report">
      {done && (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      )}
      {open ? (
        <MoveReportForm
          report={report}
          objectId={objectId}
          onCancel={() => {
            setOpen(false);
            setTimeout(() => opener.current?.focus());
          }}
          onMoved={(name) => {
            setOpen(false);
            setDone(t('merges.moved', { name }));
            void onMoved?.();
          }}
        />
      ) : (
        <button
          type="button"
          ref={opener}
          className="button button--small"
          aria-label={t('merges.moveLabel', { title: report.title })}
          onClick={() => {
            setDone(undefined);
            setOpen(true);
          }}
        >
          {t('merges.moveReport')}
        </button>
      )}
    </div>
  );
}

function MoveReportForm({
  report,
  objectId,
  onCancel,
  onMoved,
}: {
  report: { id: string; title: string };
  objectId: string;
  onCancel: () => void;
  onMoved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const subject = useQuery(MergeSubjectQuery, { id: objectId });
  const [move] = useMutation(MoveReportMutation);
  const [target, setTarget] = useState<'existing' | 'new'>('existing');
  const [picked, setPicked] = useState<PickedObject | null>(null);
  const [name, setName] = useState(report.title);
  const [kind, setKind] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const ids = { legend: useId(), name: useId(), kind: useId() };
  const legend = useRef<HTMLLegendElement>(null);
  useEffect(() => legend.current?.focus(), []);
  const object = subject.data?.object;
  if (!object) return <LoadingLine />;

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const input =
        target === 'existing'
          ? { reportId: report.id, toObjectId: picked!.id }
          : {
              reportId: report.id,
              newObject: {
                name,
                kind: (kind || object.kind) as ObjectKind,
                geometry: object.geometry,
                modes: object.modes as TransportMode[],
              },
            };
      const result = await move({ input });
      onMoved(result.moveReport.to.name);
    } catch (cause) {
      setError(describeFailure(t, cause));
      setBusy(false);
    }
  };

  return (
    <form
      className="move-report__form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <fieldset className="field">
        <legend className="field__label" id={ids.legend} ref={legend} tabIndex={-1}>
          {t('merges.moveTitle')}
        </legend>
        {(['existing', 'new'] as const).map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={`move-${report.id}`} checked={target === option} onChange={() => setTarget(option)} />{' '}
            {t(option === 'existing' ? 'merges.moveToExisting' : 'merges.moveToNew')}
          </label>
        ))}
      </fieldset>
      <p className="muted small">{t('merges.moveHint')}</p>
      {target === 'existing' ? (
        picked ? (
          <p>
            <strong>{picked.name}</strong>{' '}
            <button type="button" className="button button--small" onClick={() => setPicked(null)}>
              {t('merges.otherObject')}
            </button>
          </p>
        ) : (
          <ObjectPicker subject={object} onPick={setPicked} />
        )
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={ids.name}>
              {t('merges.newName')}
            </label>
            <input id={ids.name} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.kind}>
              {t('merges.newKind')}
            </label>
            <select id={ids.kind} value={kind || object.kind} onChange={(e) => setKind(e.target.value)}>
              {OBJECT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || (target === 'existing' && !picked)}>
          {busy ? t('merges.moving') : t('merges.confirmMove')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('merges.cancel')}
        </button>
      </div>
    </form>
  );
}
