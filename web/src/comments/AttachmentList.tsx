import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatBytes } from './uploads';

export interface AttachmentData {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  url: string;
  thumbnailUrl?: string | null;
}

/** Thumbnails of photos and links to PDFs; each opens the file. A delete asks first (it cannot be undone). */
export function AttachmentList({
  attachments,
  onDelete,
}: {
  attachments: readonly AttachmentData[];
  onDelete?: (id: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (attachments.length === 0) return null;
  return (
    <ul className="attachments" aria-label={t('discussion.attachmentsOf')}>
      {attachments.map((a) => (
        <li key={a.id} className="attachment">
          <a href={a.url} target="_blank" rel="noopener" className="attachment__link" title={a.filename}>
            {a.thumbnailUrl ? (
              <img src={a.thumbnailUrl} alt={a.filename} className="attachment__thumbnail" loading="lazy" />
            ) : (
              <span className="attachment__pdf" aria-hidden="true">
                {t('attachments.pdf')}
              </span>
            )}
            <span className="attachment__name">
              {a.filename} <span className="muted small">({formatBytes(a.size, i18n.language)})</span>
            </span>
          </a>
          {onDelete &&
            (asking === a.id ? (
              <span className="attachment__confirm" role="group" aria-label={t('attachments.deleteQuestion', { name: a.filename })}>
                <span className="small">{t('attachments.deleteQuestion', { name: a.filename })}</span>
                <button
                  type="button"
                  className="button button--small button--danger"
                  disabled={busy}
                  autoFocus
                  onClick={async () => {
                    setBusy(true);
                    try {
                      await onDelete(a.id);
                    } finally {
                      setBusy(false);
                      setAsking(null);
                    }
                  }}
                >
                  {t('attachments.confirmDelete')}
                </button>
                <button type="button" className="button button--small" onClick={() => setAsking(null)}>
                  {t('discussion.cancel')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button button--small button--link"
                aria-label={t('attachments.remove', { name: a.filename })}
                onClick={() => setAsking(a.id)}
              >
                ✕
              </button>
            ))}
        </li>
      ))}
    </ul>
  );
}
