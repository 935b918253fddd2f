import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ScoreWeightInput } from '../gql/graphql';
import { usePaged } from '../ui/graphql';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { formatScore } from './format';
import { ScoreRankingQuery } from './operations';

/** The arena's objects by score, 20 at a time; with `weights`, as those weights would rank them (admins' preview). */
export function RankingTable({ arenaId, arenaSlug, weights }: { arenaId: string; arenaSlug: string; weights: ScoreWeightInput[] | null }) {
  const { t, i18n } = useTranslation();
  const list = usePaged(ScoreRankingQuery, { arenaId, weights, first: 20 }, (r) => r.scoreRanking);
  if (list.error && !list.loaded) return <LoadError onRetry={() => void list.refetch()} />;
  if (!list.loaded) return <LoadingLine />;
  if (list.nodes.length === 0) return <p className="muted">{t('scoring.noObjects')}</p>;
  return (
    <>
      <table className="scoring-page__ranking" aria-busy={list.loading || undefined}>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('scoring.rank')}
            </th>
            <th scope="col">{t('scoring.object')}</th>
            <th scope="col" className="numeric">
              {t('scoring.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.nodes.map((n) => (
            <tr key={n.object.id}>
              <td className="numeric">{n.rank}</td>
              <td>
                <Link to={`/?arena=${encodeURIComponent(arenaSlug)}&object=${n.object.id}`}>{n.object.name}</Link>
              </td>
              <td className="numeric">{formatScore(n.score, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore hasMore={list.hasMore} loading={list.loadingMore} onMore={() => void list.loadMore()} />
    </>
  );
}
