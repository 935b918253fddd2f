import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../ui/format/numbers';
import { downloadExport, EXPORT_CHOICES, type ExportChoice, type ExportFilters, type ExportProgress, exportUrl } from './exportModel';

interface ExportMenuProps {
  arenaId: string;
  filters: ExportFilters;
  /** The map's extent [minLng, minLat, maxLng, maxLat], once known. */
  bbox: readonly number[] | undefined;
}

type State =
  | { step: 'idle' }
  | { step: 'downloading'; choice: ExportChoice; progress: ExportProgress }
  | { step: 'failed' }
  | { step: 'done'; total: number | null };

/**
 * "Exportera" beside the map's list: the objects the filters show (in the map's extent, or the whole
 * arena) as CSV for Excel, CSV with commas, XLSX or GeoJSON, with the reader's own view of the
 * figures. Large exports show how many objects have arrived.
 */
export function ExportMenu({ arenaId, filters, bbox }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [inView, setInView] = useState(true);
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (choice: ExportChoice) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'downloading', choice, progress: { objects: null, total: null, bytes: 0 } });
    try {
      const url = exportUrl(choice, arenaId, filters, inView && bbox ? bbox : null);
      const { total } = await downloadExport(
        url,
        choice.format,
        (progress) => setState({ step: 'downloading', choice, progress }),
        controller.signal,
      );
      setState({ step: 'done', total });
    } catch {
      setState(controller.signal.aborted ? { step: 'idle' } : { step: 'failed' });
    }
  };

  const number = (n: number) => formatNumber(n, i18n.language);
  return (
    <div
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t('transfer.export')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={menuId} className="export-menu__panel" role="group" aria-label={t('transfer.export')}>
          <label className="export-menu__scope">
            <input type="checkbox" checked={inView} onChange={(e) => setInView(e.target.checked)} /> {t('transfer.onlyInView')}
          </label>
          <ul className="export-menu__choices">
            {EXPORT_CHOICES.map((choice) => (
              <li key={choice.id}>
                <button
                  type="button"
                  className="button button--link export-menu__choice"
                  disabled={state.step === 'downloading'}
                  onClick={() => void start(choice)}
                >
                  {t(`transfer.format.${choice.id}`)}
                </button>
                <span className="muted export-menu__hint">{t(`transfer.formatHint.${choice.id}`)}</span>
              </li>
            ))}
          </ul>
          <div role="status" aria-live="polite" className="export-menu__status">
            {state.step === 'downloading' && (
              <>
                <progress
                  max={state.progress.total ?? undefined}
                  value={state.progress.objects !== null && state.progress.total ? state.progress.objects : undefined}
                />
                <span>
                  {state.progress.objects !== null && state.progress.total !== null
                    ? t('transfer.progressObjects', { done: number(state.progress.objects), total: number(state.progress.total) })
                    : t('transfer.progressBytes', {
                        size: `${formatNumber(Math.round(state.progress.bytes / 1024), i18n.language)} kB`,
                        total: state.progress.total === null ? '…' : number(state.progress.total),
                      })}
                </span>
                <button type="button" className="button button--link" onClick={() => abort.current?.abort()}>
                  {t('transfer.cancel')}
                </button>
              </>
            )}
            {state.step === 'done' && (
              <span>{t('transfer.exported', { count: state.total ?? 0, formatted: number(state.total ?? 0) })}</span>
            )}
          </div>
          {state.step === 'failed' && (
            <p className="notice notice--error" role="alert">
              {t('transfer.exportFailed')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
