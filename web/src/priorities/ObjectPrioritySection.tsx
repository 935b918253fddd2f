import { rankOverTimeChart } from '@flaskhals/shared';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { LoadingLine } from '../ui/layout/states';
import { Movement } from './Movement';
import { ObjectPriorityRanksQuery } from './operations';

const RankChart = lazy(() => import('./RankChart'));

/**
 * In an object's detail panel: its place on the latest adopted priority list, the movement since
 * the version before, and its place over time. Nothing when it never was on an adopted list.
 */
export function ObjectPrioritySection({ objectId }: { objectId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(ObjectPriorityRanksQuery, { id: objectId });
  const ranks = useMemo(() => query.data?.object?.priorityRanks ?? [], [query.data]);
  const chart = useMemo(
    () =>
      rankOverTimeChart([{ name: t('priorities.rank'), ranks: ranks.map((r) => r.rank ?? null) }], {
        title: t('priorities.chart'),
        object: t('priorities.object'),
        versionLabels: ranks.map((r) =>
          t('priorities.chartVersion', { number: r.versionNumber, date: formatDate(r.adoptedAt, i18n.language) }),
        ),
        notOnList: t('priorities.notOnList'),
      }),
    [ranks, t, i18n.language],
  );
  if (!query.data || !ranks.some((r) => r.rank != null)) return null;
  const latest = ranks.at(-1)!;
  const before = ranks.at(-2);
  const movement =
    latest.rank == null
      ? ('OUT' as const)
      : before?.rank == null
        ? ('NEW' as const)
        : before.rank > latest.rank
          ? ('UP' as const)
          : before.rank < latest.rank
            ? ('DOWN' as const)
            : ('SAME' as const);
  const steps = latest.rank != null && before?.rank != null ? Math.abs(before.rank - latest.rank) : 0;
  return (
    <section className="object-priority" aria-labelledby={`object-priority-${objectId}`}>
      <h3 id={`object-priority-${objectId}`}>{t('priorities.detail.title')}</h3>
      <p>
        {latest.rank != null
          ? t('priorities.detail.current', { rank: latest.rank, number: latest.versionNumber })
          : t('priorities.detail.notOnCurrent', { number: latest.versionNumber })}{' '}
        <Movement movement={movement} steps={steps} />
      </p>
      {ranks.length > 1 && (
        <Suspense fallback={<LoadingLine />}>
          <RankChart chart={{ ...chart, height: 160 }} />
        </Suspense>
      )}
    </section>
  );
}
