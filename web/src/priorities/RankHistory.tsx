import { rankOverTimeChart } from '@flaskhals/shared';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { AdoptedPriorityListsQuery } from './operations';

const RankChart = lazy(() => import('./RankChart'));

/** How many adopted versions the chart goes back. */
const VERSIONS_SHOWN = 8;

/** The places of the latest version's objects on the last adopted versions, oldest first. */
export function RankHistory({ arenaId }: { arenaId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useQuery(AdoptedPriorityListsQuery, { arenaId, first: VERSIONS_SHOWN });
  const chart = useMemo(() => {
    const nodes = [...(versions.data?.adoptedPriorityLists.edges.map((e) => e.node) ?? [])].reverse();
    const latest = nodes.at(-1);
    if (!latest) return null;
    const series = latest.entries.flatMap((entry) =>
      entry.object
        ? [
            {
              name: `${entry.rank}. ${entry.object.name}`,
              ranks: nodes.map((v) => v.entries.find((e) => e.object?.id === entry.object!.id)?.rank ?? null),
            },
          ]
        : [],
    );
    return rankOverTimeChart(series, {
      title: t('priorities.chart'),
      object: t('priorities.object'),
      versionLabels: nodes.map((v) => t('priorities.chartVersion', { number: v.number, date: formatDate(v.adoptedAt, i18n.language) })),
      notOnList: t('priorities.notOnList'),
    });
  }, [versions.data, t, i18n.language]);
  if (versions.error && !versions.data) return <LoadError onRetry={() => void versions.refetch()} />;
  if (!versions.data) return <LoadingLine />;
  if (!chart) return null;
  return (
    <section className="page__card" aria-labelledby="rank-history-title">
      <h2 id="rank-history-title">{t('priorities.chart')}</h2>
      <Suspense fallback={<LoadingLine />}>
        <RankChart chart={chart} />
      </Suspense>
    </section>
  );
}
