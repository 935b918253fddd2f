import { can, dashboardCharts } from '@flaskhals/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import type { DashboardQuery as DashboardResult } from '../gql/graphql';
import { formatNumber, formatSek } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { PageFrame } from '../ui/layout/PageFrame';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { ArenaChoice, useSession } from '../ui/session';
import { ChartFigure } from './ChartFigure';
import { DASHBOARD_PATH } from './DashboardLink';
import { DashboardArenaQuery, DashboardQuery } from './operations';

type Dashboard = DashboardResult['dashboard'];

/**
 * /oversikt: an arena's objects and reports in figures and charts, for everyone, each reader
 * seeing what the map shows them (visitors the published objects and public figures). The arena
 * is `?arena=<slug>`, the installation's default one without.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const slug = params.get('arena') || null;
  const arenaQuery = useQuery(DashboardArenaQuery, { slug });
  const arena = arenaQuery.data?.arena;
  const dashboard = useQuery(DashboardQuery, { arenaId: arena?.id ?? null }, { skip: !arena });
  const membersView = can(arena?.myRole, 'readMembersAudience');
  return (
    <PageFrame title={t('dashboard.title')}>
      <div className="dashboard">
        <p>
          <Link to={arena ? `/?arena=${encodeURIComponent(arena.slug)}` : '/'}>← {t('dashboard.backToMap')}</Link>
        </p>
        <section className="page__card" aria-labelledby="dashboard-title">
          <h1 id="dashboard-title">{t('dashboard.title')}</h1>
          {arena && (
            <p className="muted">
              {arena.name} · {membersView ? t('dashboard.membersNote') : t('dashboard.publicNote')}
            </p>
          )}
          {me && arena && <ArenaChoice me={me} permission="readMembersAudience" current={arena.slug} path={DASHBOARD_PATH} />}
          {arenaQuery.error && !arenaQuery.data ? (
            <LoadError onRetry={() => void arenaQuery.refetch()} />
          ) : !arenaQuery.data ? (
            <LoadingLine />
          ) : !arena ? (
            <p className="notice notice--warning" role="alert">
              {slug ? t('app.arenaNotFound', { slug }) : t('app.noArena')}
            </p>
          ) : dashboard.error && !dashboard.data ? (
            <LoadError onRetry={() => void dashboard.refetch()} />
          ) : !dashboard.data ? (
            <LoadingLine />
          ) : dashboard.data.dashboard.objectCount === 0 ? (
            <p className="notice" role="status">
              {t('dashboard.empty')}
            </p>
          ) : (
            <KeyFigures dashboard={dashboard.data.dashboard} />
          )}
        </section>
        {arena && dashboard.data && dashboard.data.dashboard.objectCount > 0 && (
          <DashboardCharts dashboard={dashboard.data.dashboard} arenaSlug={arena.slug} />
        )}
      </div>
    </PageFrame>
  );
}

/** The arena's totals in words and numbers, above the charts. */
export function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const reports = dashboard.reportsPerMonth.reduce((sum, m) => sum + m.count, 0);
  const figures: [string, string][] = [
    [t('dashboard.objects'), formatNumber(dashboard.objectCount, language, 0)],
    [t('dashboard.sek'), formatSek(dashboard.totalImpact.extraCostSekPerYear, language)],
    [t('dashboard.hours'), formatNumber(dashboard.totalImpact.delayHoursPerWeek, language, 1)],
    [t('dashboard.tonnes'), formatNumber(dashboard.totalImpact.freightTonnesPerYear, language, 0)],
    [t('dashboard.reports'), formatNumber(reports, language, 0)],
  ];
  return (
    <dl className="dashboard-figures">
      {figures.map(([label, value]) => (
        <div key={label} className="dashboard-figures__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every chart, each with its table; the top lists' names and bars open the objects on the map. */
export function DashboardCharts({ dashboard, arenaSlug }: { dashboard: Dashboard; arenaSlug: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const charts = useMemo(() => dashboardCharts(dashboard, i18n.language), [dashboard, i18n.language]);
  const objectHref = useCallback((id: string) => `/?arena=${encodeURIComponent(arenaSlug)}&object=${encodeURIComponent(id)}`, [arenaSlug]);
  const openObject = useCallback((id: string) => void navigate(objectHref(id)), [navigate, objectHref]);
  return (
    <>
      <p className="muted dashboard__hint">{t('dashboard.topHint')}</p>
      <div className="dashboard-grid">
        {charts.map((chart) => (
          <ChartFigure key={chart.id} chart={chart} objectHref={objectHref} onOpenObject={openObject} />
        ))}
      </div>
    </>
  );
}
