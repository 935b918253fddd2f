import { useTranslation } from 'react-i18next';

/** "Laddar…" with a spinner, announced politely. */
export function LoadingLine() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}

/** A failed load, in the user's words, with a way to try again. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('app.loadError')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/** "Visa fler" under a list with more pages on the server. */
export function ShowMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="form-actions">
      <button type="button" className="button" disabled={loading} onClick={onMore}>
        {loading ? t('app.loading') : t('members.showMore')}
      </button>
    </div>
  );
}
