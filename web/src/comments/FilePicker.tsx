import type { FieldError } from '@flaskhals/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../ui/forms/fieldErrors';
import { ACCEPTED_FILES, checkBeforeUpload, formatBytes } from './uploads';

export interface PickedFile {
  key: string;
  file: File;
  /** Known before uploading (type, size), or told by the server. */
  error: FieldError | null;
  /** 0…1 while uploading. */
  progress: number | null;
}

/** The files a form will upload, with what is wrong with each before it is sent. */
export function usePickedFiles() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [keepLocation, setKeepLocation] = useState(false);
  return {
    files,
    keepLocation,
    setKeepLocation,
    add: (list: FileList | File[]) => {
      // Copied now: the input's FileList empties when the input is reset, before React runs the update.
      const added = Array.from(list).map((file) => ({
        key: `${file.name}-${file.size}-${Math.random()}`,
        file,
        error: checkBeforeUpload(file),
        progress: null,
      }));
      setFiles((current) => [...current, ...added]);
    },
    remove: (key: string) => setFiles((current) => current.filter((f) => f.key !== key)),
    update: (key: string, change: Partial<PickedFile>) =>
      setFiles((current) => current.map((f) => (f.key === key ? { ...f, ...change } : f))),
    clear: () => setFiles([]),
    /** Files that may be sent (no error known before upload). */
    get ready() {
      return files.filter((f) => !f.error);
    },
  };
}

export type PickedFiles = ReturnType<typeof usePickedFiles>;

/** Drop files on it or choose them (keyboard: the button); each listed with its size, error or progress. */
export function FilePicker({ picked, disabled }: { picked: PickedFiles; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const hasPhoto = picked.files.some((f) => f.file.type.startsWith('image/') || /\.(jpe?g|png|webp)$/i.test(f.file.name));
  return (
    <div className="file-picker">
      <div
        className={`file-picker__zone${over ? ' file-picker__zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!disabled) picked.add(e.dataTransfer.files);
        }}
      >
        <span>{t('attachments.dropHere')}</span>
        <button
          type="button"
          className="button button--small"
          disabled={disabled}
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {t('attachments.choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          hidden
          aria-label={t('attachments.add')}
          data-testid="attachment-input"
          onChange={(e) => {
            if (e.target.files) picked.add(e.target.files);
            e.target.value = '';
          }}
        />
        <span id={hintId} className="muted small">
          {t('attachments.limits')}
        </span>
      </div>
      {picked.files.length > 0 && (
        <ul className="file-picker__files">
          {picked.files.map((f) => (
            <li key={f.key} className={f.error ? 'file-picker__file file-picker__file--error' : 'file-picker__file'}>
              <span>
                {f.file.name} <span className="muted small">({formatBytes(f.file.size, i18n.language)})</span>
              </span>
              {f.progress !== null && (
                <progress
                  max={1}
                  value={f.progress}
                  aria-label={t('attachments.uploading', { name: f.file.name, percent: Math.round(f.progress * 100) })}
                />
              )}
              {f.error && (
                <span className="field__error" role="alert">
                  {describeError(t, f.error)}
                </span>
              )}
              {f.progress === null && (
                <button
                  type="button"
                  className="button button--small button--link"
                  aria-label={t('attachments.removeFromList', { name: f.file.name })}
                  onClick={() => picked.remove(f.key)}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {hasPhoto && (
        <label className="checkbox small">
          <input type="checkbox" checked={picked.keepLocation} onChange={(e) => picked.setKeepLocation(e.target.checked)} />{' '}
          {t('attachments.keepLocation')}
        </label>
      )}
    </div>
  );
}

/** Uploads the picked files that may go, one after another, showing progress; answers how many failed. */
export async function uploadPicked(
  picked: PickedFiles,
  send: (file: File, onProgress: (fraction: number) => void) => Promise<unknown>,
): Promise<number> {
  let failed = 0;
  for (const f of picked.ready) {
    picked.update(f.key, { progress: 0 });
    try {
      await send(f.file, (progress) => picked.update(f.key, { progress }));
      picked.remove(f.key);
    } catch (cause) {
      failed++;
      const { fieldErrors, status } = cause as { fieldErrors?: FieldError[]; status?: number };
      const fallback = status === 429 ? 'uploadRateLimited' : status === 0 ? 'uploadNetwork' : 'uploadFailed';
      picked.update(f.key, { progress: null, error: fieldErrors?.[0] ?? { field: 'file', code: fallback } });
    }
  }
  return failed;
}
