import './history.css';

import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../ui/format/numbers';
import { usePaged } from '../ui/graphql';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { describeEvent } from './describeEvent';
import { ObjectTimelineQuery } from './operations';

/**
 * "Historik": what happened to an object, newest first, in the reader's language and only what the
 * reader may see (the server decides). A new `version` (the object changed) reads it anew.
 */
export function ObjectTimeline({
  objectId,
  version,
  actionsFor,
}: {
  objectId: string;
  version?: string;
  /** What may be done from an entry (e.g. "Ångra" on a merge), rendered after it. */
  actionsFor?: (event: { kind: string; data: unknown }) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const list = usePaged(ObjectTimelineQuery, { id: objectId, first: 20 }, (r) => r.object?.timeline ?? EMPTY);
  const { refetch } = list;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
  return (
    <section className="object-detail__section timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('history.title')}</h3>
      {list.error && !list.loaded ? (
        <LoadError onRetry={() => void list.refetch()} />
      ) : !list.loaded ? (
        <LoadingLine />
      ) : list.nodes.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="timeline__list">
          {list.nodes.map((event) => {
            const words = describeEvent({ ...event, data: event.data as Record<string, unknown> }, t);
            return (
              <li key={event.id} className="timeline__item" data-kind={event.kind}>
                <span className="timeline__what">{words.what}</span>{' '}
                <span className="timeline__meta">
                  {[words.by, formatDate(event.at, i18n.language)].filter(Boolean).join(', ')}
                  {words.note ? ':' : ''}
                </span>
                {words.note && <span className="timeline__note"> {words.note}</span>}
                {actionsFor?.(event)}
              </li>
            );
          })}
        </ol>
      )}
      <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </section>
  );
}

const EMPTY = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
