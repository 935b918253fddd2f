import './priorities.css';

import { can } from '@flaskhals/shared';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { formatDate } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { AppHeader } from '../ui/layout/AppHeader';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { EmbedCode } from './EmbedCode';
import { AdoptedPriorityListQuery, PrioritiesShellQuery } from './operations';
import { PriorityMap } from './PriorityMap';
import { PriorityTable } from './PriorityTable';
import { RankHistory } from './RankHistory';
import { WorkingList } from './WorkingList';

interface PrioritiesPageProps {
  baseMapUrl: string;
}

/**
 * /prioriteringar: the arena's adopted priority list on a map (numbered by rank) with the list
 * beside it (movement since the previous version, in plan or not), the ranks over time, for
 * everyone; visitors see only published objects. Staff keep the working list below.
 */
export function PrioritiesPage({ baseMapUrl }: PrioritiesPageProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const slug = params.get('arena') || null;
  const shell = useQuery(PrioritiesShellQuery, { slug });
  const arena = shell.data?.arena;
  const adopted = useQuery(AdoptedPriorityListQuery, { arenaId: arena?.id ?? null, arenaSlug: null }, { skip: !arena });
  const version = adopted.data?.adoptedPriorityList;
  const objectHref = useCallback(
    (id: string) => `/?arena=${encodeURIComponent(arena?.slug ?? '')}&object=${encodeURIComponent(id)}`,
    [arena?.slug],
  );
  useEffect(() => {
    document.title = [t('priorities.pageTitle'), t('app.name')].join(' · ');
  }, [t]);
  return (
    <div className="app">
      <AppHeader />
      <main className="page priorities-page" id="main">
        <p>
          <Link to={arena ? `/?arena=${encodeURIComponent(arena.slug)}` : '/'}>← {t('priorities.backToMap')}</Link>
        </p>
        <section className="page__card" aria-labelledby="priorities-title">
          <h1 id="priorities-title">{t('priorities.pageTitle')}</h1>
          {arena && <p className="muted">{arena.name}</p>}
          {shell.error && !shell.data ? (
            <LoadError onRetry={() => void shell.refetch()} />
          ) : !shell.data ? (
            <LoadingLine />
          ) : !arena ? (
            <p className="notice notice--warning" role="alert">
              {slug ? t('app.arenaNotFound', { slug }) : t('app.noArena')}
            </p>
          ) : adopted.error && !adopted.data ? (
            <LoadError onRetry={() => void adopted.refetch()} />
          ) : !adopted.data ? (
            <LoadingLine />
          ) : !version ? (
            <p className="notice" role="status">
              {t('priorities.noneAdopted')}
            </p>
          ) : (
            <>
              <h2>{t('priorities.adopted')}</h2>
              <p>
                {t('priorities.adoptedAt', {
                  number: version.number,
                  meeting: version.meetingTitle,
                  date: formatDate(version.meetingStartsAt, i18n.language),
                  item: version.itemNumber,
                })}
                {' · '}
                {version.previousNumber ? t('priorities.sincePrevious', { number: version.previousNumber }) : t('priorities.firstVersion')}
              </p>
              {!can(arena.myRole, 'readMembersAudience') && <p className="muted">{t('priorities.publicNote')}</p>}
              <div className="priorities-page__split">
                <PriorityMap
                  entries={version.entries}
                  center={arena.mapCenter as [number, number]}
                  zoom={arena.mapZoom}
                  baseMap={{
                    tileUrl: shell.data.appConfig.tileUrl ?? null,
                    tileAttribution: shell.data.appConfig.tileAttribution ?? null,
                    baseMapUrl,
                  }}
                  onOpenObject={(id) => void navigate(objectHref(id))}
                />
                <PriorityTable entries={version.entries} out={version.out} objectHref={objectHref} caption={t('priorities.adopted')} />
              </div>
            </>
          )}
        </section>
        {arena && version && <RankHistory arenaId={arena.id} />}
        {arena && can(arena.myRole, 'readMembersAudience') && (
          <WorkingList arenaId={arena.id} canManage={can(arena.myRole, 'managePriorities')} />
        )}
        {arena && version && <EmbedCode arenaSlug={arena.slug} />}
      </main>
    </div>
  );
}
