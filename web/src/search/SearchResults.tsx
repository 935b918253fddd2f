import { isOpenStatus, SEARCH_LIMITS } from '@flaskhals/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { KindSwatch, type ObjectFilters, StatusBadge } from '../objects';
import { usePaged, useQuery } from '../ui/graphql';
import { LoadError, ShowMore } from '../ui/layout/states';
import { ArenaSearchQuery, PlacesQuery } from './operations';

/** Hits a page asks for; "Visa fler" adds as many. */
export const SEARCH_PAGE_SIZE = 20;
/** Places offered above the hits. */
const PLACES_SHOWN = 6;

export interface SearchResultsProps {
  arenaId: string;
  /** The map's filters; their `search` is the text searched for in the whole arena. */
  filters: ObjectFilters;
  selectedId: string | undefined;
  /** A hit chosen: open it and move the map to its bbox. */
  onOpen: (object: { id: string; bbox: number[] }) => void;
  /** A place chosen: move the map to it. */
  onPlace: (bbox: number[]) => void;
  /** Leave the search: back to the list of the map's view. */
  onClear: () => void;
}

/**
 * The search box's answer: towns and municipalities to move the map to, then the arena's objects
 * that match, best first, with their count. Not limited to the map's view.
 */
export function SearchResults({ arenaId, filters, selectedId, onOpen, onPlace, onClear }: SearchResultsProps) {
  const { t } = useTranslation();
  const text = filters.search.trim();
  const tooShort = text.length < SEARCH_LIMITS.textMin;
  const variables = useMemo(
    () => ({
      input: {
        text,
        filter: {
          arenaId,
          kinds: filters.kinds.length ? filters.kinds : undefined,
          modes: filters.modes.length ? filters.modes : undefined,
          statuses: filters.statuses.length ? filters.statuses : undefined,
          categories: filters.categories.length ? filters.categories : undefined,
        },
      },
      first: SEARCH_PAGE_SIZE,
    }),
    [text, arenaId, filters.kinds, filters.modes, filters.statuses, filters.categories],
  );
  const hits = usePaged(ArenaSearchQuery, variables, (r) => r.search, { skip: tooShort });
  const places = useQuery(
    PlacesQuery,
    useMemo(() => ({ text, first: PLACES_SHOWN }), [text]),
    { skip: tooShort },
  );

  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="visually-hidden">
        {t('search.title')}
      </h2>
      {tooShort && <p className="muted">{t('search.tooShort')}</p>}
      {!tooShort && (places.data?.places.length ?? 0) > 0 && (
        <>
          <h3 className="search-results__heading">{t('search.placesTitle')}</h3>
          <ul className="search-results__places">
            {places.data!.places.map((place) => (
              <li key={`${place.kind}:${place.code ?? place.name}`}>
                <button
                  type="button"
                  className="search-results__place"
                  aria-label={t('search.placeLabel', { name: `${place.name} (${t(`search.placeKind.${place.kind}`)})` })}
                  onClick={() => onPlace(place.bbox)}
                >
                  <span>{place.name}</span>
                  <span className="search-results__place-kind">{t(`search.placeKind.${place.kind}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {!tooShort && hits.error && !hits.loaded && <LoadError onRetry={() => void hits.refetch()} />}
      {!tooShort && !hits.loaded && !hits.error && (
        <p className="list-status" role="status">
          {t('search.loading')}
        </p>
      )}
      {!tooShort && hits.loaded && (
        <p className="list-status" aria-live="polite">
          <strong>{t('search.count', { count: hits.totalCount, text })}</strong>
          {hits.loading && <span className="list-status__busy"> · {t('search.loading')}</span>}
        </p>
      )}
      {!tooShort && hits.loaded && hits.nodes.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{t('search.empty', { text })}</p>
          <p className="muted">{t('search.emptyHint')}</p>
        </div>
      )}
      {hits.nodes.length > 0 && (
        <ul className="search-results__items">
          {hits.nodes.map(({ object, matchedIn }) => (
            <li key={object.id}>
              <button
                type="button"
                className={`search-hit${object.id === selectedId ? ' search-hit--selected' : ''}`}
                aria-current={object.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen({ id: object.id, bbox: object.bbox })}
              >
                <KindSwatch kind={object.kind} open={isOpenStatus(object.status)} />
                <span className="search-hit__body">
                  <span className="search-hit__name">{object.name}</span>
                  <span className="search-hit__meta">
                    {[
                      t(`kinds.${object.kind}`),
                      object.municipality,
                      ...matchedIn.filter((m) => m !== 'OBJECT').map((m) => t(`search.matchedIn.${m}`)),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <StatusBadge status={object.status} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {hits.moreError && <LoadError onRetry={() => void hits.loadMore()} />}
      <ShowMore hasMore={hits.hasMore} loading={hits.loadingMore} onMore={() => void hits.loadMore()} />
      <button type="button" className="button button--link" onClick={onClear}>
        {t('search.clear')}
      </button>
    </section>
  );
}
