import { type Crs, CRS_CHOICES, type FieldError, IMPORT_LIMITS, OBJECT_COLUMNS, OBJECT_KINDS, TRANSPORT_MODES } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';

import { formatNumber } from '../ui/format/numbers';
import { arenaFor, ArenaPageFrame, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { ACCEPTED_IMPORT_FILES, checkImportFile, describeImportError, type ImportAnswer, ImportError, uploadImport } from './importModel';
import { ImportPreviewTable } from './ImportPreviewTable';

export const IMPORT_PAGE_PATH = '/importera';

/** Translation keys of the coordinate systems (i18next reads a colon in a key as a namespace). */
const CRS_KEYS: Record<Crs, string> = { 'EPSG:4326': 'wgs84', 'EPSG:3006': 'sweref99tm' };

type Step =
  | { step: 'choose' }
  | { step: 'uploading'; commit: boolean; fraction: number }
  | { step: 'preview'; answer: ImportAnswer; confirming: boolean }
  | { step: 'written'; answer: ImportAnswer };

/**
 * /importera (staff): objects from a GeoJSON or CSV file. The server reads and checks every row
 * first (the preview names each row's errors); only a file whose every row is valid can be
 * imported, all at once, after a confirmation.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'importObjects', params.get('arena'), defaultArena.slug) : undefined;
  const [file, setFile] = useState<File | null>(null);
  const [crs, setCrs] = useState<Crs | ''>('');
  const [step, setStep] = useState<Step>({ step: 'choose' });
  const [errors, setErrors] = useState<FieldError[]>([]);

  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;

  const send = async (commit: boolean) => {
    if (!access) return;
    const tooLarge = file ? checkImportFile(file) : { field: 'file', code: 'required' };
    if (!file || tooLarge) {
      setErrors(tooLarge ? [tooLarge] : []);
      return;
    }
    setErrors([]);
    setStep({ step: 'uploading', commit, fraction: 0 });
    try {
      const answer = await uploadImport({ arenaId: access.arena.id, file, crs, commit }, (fraction) =>
        setStep({ step: 'uploading', commit, fraction }),
      );
      setStep(answer.written ? { step: 'written', answer } : { step: 'preview', answer, confirming: false });
    } catch (error) {
      const failure = error instanceof ImportError ? error : new ImportError(0, [], 'NETWORK', null);
      setErrors(
        failure.fieldErrors.length ? failure.fieldErrors : [{ field: 'file', code: failure.code === 'FORBIDDEN' ? 'forbidden' : 'failed' }],
      );
      setStep(failure.preview ? { step: 'preview', answer: failure.preview, confirming: false } : { step: 'choose' });
    }
  };

  const fileError = errors.find((e) => e.field === 'file');
  const crsError = errors.find((e) => e.field === 'crs');
  const busy = step.step === 'uploading';
  const number = (n: number) => formatNumber(n, i18n.language);
  const mapLink = access ? `/?arena=${encodeURIComponent(access.arena.slug)}` : '/';
  return (
    <ArenaPageFrame
      title={t('transfer.importTitle')}
      titleId="import-title"
      className="transfer-import"
      me={me}
      permission="importObjects"
      path={IMPORT_PAGE_PATH}
      known={defaultArena.known}
      access={access}
    >
      {(access) => (
        <>
          <p>
            {t('transfer.importIntro', {
              arena: access.arena.name,
              max: number(IMPORT_LIMITS.rowsMax),
              mb: IMPORT_LIMITS.bytesMax / (1024 * 1024),
            })}
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void send(false);
            }}
          >
            <div className={fileError ? 'field field--invalid' : 'field'}>
              <label className="field__label" htmlFor="import-file">
                {t('transfer.file')}
              </label>
              <input
                id="import-file"
                type="file"
                accept={ACCEPTED_IMPORT_FILES}
                aria-invalid={Boolean(fileError)}
                aria-describedby={fileError ? 'import-file-error' : 'import-file-hint'}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setStep({ step: 'choose' });
                  setErrors([]);
                }}
              />
              <p className="field__hint" id="import-file-hint">
                {t('transfer.fileHint')}
              </p>
              <details className="transfer-import__columns">
                <summary>{t('transfer.columnsTitle')}</summary>
                <p>
                  {t('transfer.columnsRead', {
                    columns: OBJECT_COLUMNS.filter((c) => c.imported)
                      .map((c) => c.header)
                      .join(', '),
                  })}
                </p>
                <p>{t('transfer.columnsCodes', { kinds: OBJECT_KINDS.join(', '), modes: TRANSPORT_MODES.join(', ') })}</p>
              </details>
              {fileError && (
                <p className="field__error" id="import-file-error">
                  {describeImportError(t, fileError)}
                </p>
              )}
            </div>
            <div className={crsError ? 'field field--invalid' : 'field'}>
              <label className="field__label" htmlFor="import-crs">
                {t('transfer.crs')}
              </label>
              <select id="import-crs" value={crs} onChange={(e) => setCrs(e.target.value as Crs | '')} aria-invalid={Boolean(crsError)}>
                <option value="">{t('transfer.crsAuto')}</option>
                {CRS_CHOICES.map((c) => (
                  <option key={c} value={c}>
                    {t(`transfer.crsName.${CRS_KEYS[c]}`)}
                  </option>
                ))}
              </select>
              {crsError && <p className="field__error">{describeImportError(t, crsError)}</p>}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('transfer.preview')}
              </button>
            </div>
          </form>
          {step.step === 'uploading' && (
            <div role="status" className="transfer-import__progress">
              <progress max={1} value={step.fraction < 1 ? step.fraction : undefined} />
              <span>
                {step.fraction < 1
                  ? t('transfer.uploading', { percent: Math.round(step.fraction * 100) })
                  : t(step.commit ? 'transfer.writing' : 'transfer.reading')}
              </span>
            </div>
          )}
          {step.step === 'preview' && (
            <>
              <p role="status" className={step.answer.valid === step.answer.total ? 'notice notice--info' : 'notice notice--warning'}>
                {t('transfer.previewSummary', {
                  count: step.answer.total,
                  total: number(step.answer.total),
                  valid: number(step.answer.valid),
                  crs: t(`transfer.crsName.${CRS_KEYS[step.answer.crs]}`),
                  source: t(`transfer.crsSource.${step.answer.crsSource}`),
                })}{' '}
                {step.answer.valid < step.answer.total && t('transfer.fixAndRetry', { count: step.answer.total - step.answer.valid })}
              </p>
              <ImportPreviewTable rows={step.answer.rows} />
              {step.answer.valid === step.answer.total && step.answer.total > 0 && (
                <div className="form-actions">
                  {step.confirming ? (
                    <div className="transfer-import__confirm" role="group" aria-label={t('transfer.confirmLabel')}>
                      <p>
                        {t('transfer.confirmText', {
                          count: step.answer.total,
                          formatted: number(step.answer.total),
                          arena: access.arena.name,
                        })}
                      </p>
                      <button type="button" className="button button--primary" onClick={() => void send(true)}>
                        {t('transfer.confirm', { count: step.answer.total, formatted: number(step.answer.total) })}
                      </button>{' '}
                      <button type="button" className="button" onClick={() => setStep({ ...step, confirming: false })}>
                        {t('transfer.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button type="button" className="button button--primary" onClick={() => setStep({ ...step, confirming: true })}>
                      {t('transfer.import', { count: step.answer.total, formatted: number(step.answer.total) })}
                    </button>
                  )}
                </div>
              )}
            </>
          )}
          {step.step === 'written' && (
            <p className="notice notice--success" role="status">
              {t('transfer.written', { count: step.answer.objectIds.length, formatted: number(step.answer.objectIds.length) })}{' '}
              <Link to={mapLink}>{t('transfer.showOnMap')}</Link>
            </p>
          )}
        </>
      )}
    </ArenaPageFrame>
  );
}
