import { can } from '@flaskhals/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import type { ObjectSortField } from '../gql/graphql';
import { PutSelectedOnNextMeeting } from '../meetings';
import { FilterPanel, toObjectFilter, useMapViewState } from '../objects';
import { BulkStatusBar } from '../triage';
import { usePaged, useQuery } from '../ui/graphql';
import { AppHeader } from '../ui/layout/AppHeader';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { useSession } from '../ui/session';
import { RegisterArenaQuery, RegisterQuery } from './operations';
import { nextSort, parseSort, writeSort } from './registerSort';
import { RegisterTable } from './RegisterTable';
import { ViewSwitch } from './ViewSwitch';

const PAGE_SIZE = 50;

/**
 * /register: the arena's objects as a table beside the map, with the map's filters (kept in the
 * URL, so "Karta | Tabell" keeps them), sorted by any column, 50 rows at a time. Staff choose rows
 * and change their status together; the server refuses transitions the workflow does not allow.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const view = useMapViewState();
  const sort = useMemo(() => parseSort(params), [params]);
  const arenaQuery = useQuery(RegisterArenaQuery, { slug: params.get('arena') || null });
  const arena = arenaQuery.data?.arena ?? undefined;
  const variables = useMemo(
    () => ({ filter: toObjectFilter(view.filters, undefined, arena?.id), sort, first: PAGE_SIZE }),
    [view.filters, arena?.id, sort],
  );
  const list = usePaged(RegisterQuery, variables, (r) => r.objects, { skip: !arena });
  const staff = me !== null && can(arena?.myRole ?? null, 'triage');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Another order or filter is another list: a selection of rows no longer shown would surprise.
  useEffect(() => setSelected(new Set()), [variables]);

  useEffect(() => {
    document.title = [t('register.title'), arena?.name, t('app.name')].filter(Boolean).join(' · ');
  }, [t, arena?.name]);

  const onSort = (field: ObjectSortField) => setParams(writeSort(params, nextSort(sort, field)));
  const objectHref = (id: string) => {
    const next = new URLSearchParams(params);
    next.delete('sort');
    next.delete('dir');
    next.set('object', id);
    return `/?${next.toString()}`;
  };
  const ids = list.nodes.map((n) => n.id);
  const selection = staff
    ? {
        selected,
        onToggle: (id: string) =>
          setSelected((current) => {
            const next = new Set(current);
            if (next.has(id)) next.delete(id);
            else next.add(id);
            return next;
          }),
        onToggleAll: () => setSelected(ids.every((id) => selected.has(id)) ? new Set() : new Set(ids)),
      }
    : undefined;

  return (
    <div className="app">
      <AppHeader arenaName={arena?.name} arenaSlug={arena?.slug} />
      <main className="page" id="main">
        <div className="register">
          <div className="register__head">
            <h1>{t('register.title')}</h1>
            <ViewSwitch />
          </div>
          <FilterPanel filters={view.filters} onChange={view.setFilters} />
          {arenaQuery.error ? (
            <LoadError onRetry={() => void arenaQuery.refetch()} />
          ) : list.error && !list.loaded ? (
            <LoadError onRetry={() => void list.refetch()} />
          ) : !list.loaded ? (
            <LoadingLine />
          ) : list.nodes.length === 0 ? (
            <div className="notice notice--info" role="status">
              <p>{t('register.empty')}</p>
              <p className="muted">{t('register.emptyHint')}</p>
            </div>
          ) : (
            <>
              <p className="register__count" role="status">
                {t('register.count', { count: list.totalCount })}
                {list.loading && <span className="spinner" aria-hidden="true" />}
              </p>
              {staff && (
                <BulkStatusBar
                  selected={ids.filter((id) => selected.has(id))}
                  onDone={async () => {
                    setSelected(new Set());
                    await list.refetch();
                  }}
                />
              )}
              {staff && <PutSelectedOnNextMeeting objectIds={ids.filter((id) => selected.has(id))} role={arena?.myRole ?? null} />}
              <RegisterTable rows={list.nodes} sort={sort} onSort={onSort} objectHref={objectHref} selection={selection} />
              {list.moreError && <LoadError onRetry={() => void list.loadMore()} />}
              <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
            </>
          )}
        </div>
      </main>
    </div>
  );
}
