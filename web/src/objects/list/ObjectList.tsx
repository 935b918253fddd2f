import './list.css';

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MapObject } from '../model/mapObject';
import { ObjectRow } from './ObjectRow';

/** How many rows the list adds per "Visa fler". */
export const LIST_PAGE_SIZE = 50;

export interface ObjectListProps {
  objects: readonly MapObject[] | undefined;
  totalCount: number | undefined;
  loading: boolean;
  error: boolean;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onRetry?: () => void;
  /**
   * Many objects in view: the server pages the list. All loaded rows are shown, and onShowMore
   * (absent once everything is loaded) asks for the next page.
   */
  serverPaged?: { onShowMore?: () => void };
}

/** The objects in the map's view, as buttons: the keyboard's way to the map's content. */
export function ObjectList({
  objects: latest,
  totalCount: latestCount,
  loading: fetching,
  error,
  selectedId,
  onSelect,
  onRetry,
  serverPaged,
}: ObjectListProps) {
  const { t } = useTranslation();
  // A new view's rows are rendered in the background, in slices, after the map has drawn it: in
  // one task with the map's switch between objects and clusters, the 50 new rows made frames of
  // 50-70 ms. Until they are in, the list says it is loading.
  // The rows, their count and whether the server pages them change together.
  const latestPaged = serverPaged !== undefined;
  const latestView = useMemo(() => ({ objects: latest, totalCount: latestCount, paged: latestPaged }), [latest, latestCount, latestPaged]);
  const { objects, totalCount, paged } = useDeferredValue(latestView);
  const loading = fetching || objects !== latest;
  const [shown, setShown] = useState(LIST_PAGE_SIZE);

  // A new view starts at the top of the list again.
  useEffect(() => setShown(LIST_PAGE_SIZE), [objects]);

  const status = (() => {
    if (error) return null;
    if (!objects) return <p className="list-status">{t('list.loading')}</p>;
    return (
      <p className="list-status" aria-live="polite">
        <strong>{t('list.count', { count: totalCount ?? objects.length })}</strong>
        {loading && <span className="list-status__busy"> · {t('list.loading')}</span>}
      </p>
    );
  })();

  return (
    <section className="object-list" aria-labelledby="object-list-title">
      <h2 id="object-list-title" className="visually-hidden">
        {t('list.title')}
      </h2>
      {status}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{t('list.error')}</p>
          {onRetry && (
            <button type="button" className="button button--small" onClick={onRetry}>
              {t('app.retry')}
            </button>
          )}
        </div>
      )}
      {objects && objects.length === 0 && !error && (
        <div className="empty-state">
          <p className="empty-state__title">{t('list.empty')}</p>
          <p className="muted">{t('list.emptyHint')}</p>
        </div>
      )}
      {objects && objects.length > 0 && (
        <>
          <ul className="object-list__items">
            {(paged ? objects : objects.slice(0, shown)).map((object) => (
              <ObjectRow key={object.id} object={object} selected={object.id === selectedId} onSelect={onSelect} />
            ))}
          </ul>
          {!paged && objects.length > shown && (
            <div className="object-list__more">
              <span className="muted">{t('list.showing', { shown, total: objects.length })}</span>
              <button type="button" className="button button--small" onClick={() => setShown((n) => n + LIST_PAGE_SIZE)}>
                {t('list.showMore', { count: Math.min(LIST_PAGE_SIZE, objects.length - shown) })}
              </button>
            </div>
          )}
          {paged && serverPaged?.onShowMore && totalCount !== undefined && (
            <div className="object-list__more">
              <span className="muted">{t('list.showing', { shown: objects.length, total: totalCount })}</span>
              <button type="button" className="button button--small" disabled={loading} onClick={serverPaged.onShowMore}>
                {t('list.showMoreFromServer', { count: Math.min(LIST_PAGE_SIZE, totalCount - objects.length) })}
              </button>
            </div>
          )}
          {!paged && totalCount !== undefined && totalCount > objects.length && (
            <p className="muted small">{t('list.capped', { count: objects.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
