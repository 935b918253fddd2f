import { useTranslation } from 'react-i18next';

import type { VoteRoundFieldsFragment } from '../gql/graphql';
import { formatNumber } from '../ui/format/numbers';

type Round = VoteRoundFieldsFragment;

/**
 * The tally as a table (the accessible reading) with a bar per object beside its total; the bars
 * are decoration (aria-hidden), the numbers are in the table.
 */
export function VoteResults({ round }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const results = round.results;
  if (!results)
    return <p className="muted vote-results__hidden">{t(round.status === 'DRAFT' ? 'votes.results.notOpen' : 'votes.results.hidden')}</p>;
  const largest = Math.max(...results.rows.map((r) => r.total), 0);
  const n = (x: number) => formatNumber(x, i18n.language, 2);
  return (
    <table className="vote-results">
      <caption>{t(round.status === 'CLOSED' ? 'votes.results.final' : 'votes.results.live', { count: results.ballots })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('votes.results.rank')}</th>
          <th scope="col">{t('votes.results.object')}</th>
          <th scope="col">{t(`votes.results.total.${round.method}`)}</th>
          <th scope="col">{t(`votes.results.average.${round.method}`)}</th>
        </tr>
      </thead>
      <tbody>
        {results.rows.map((row) => (
          <tr key={row.objectId}>
            <td>{row.rank}</td>
            <th scope="row">{row.objectName}</th>
            <td className="vote-results__total">
              <span className="vote-results__bar" aria-hidden="true">
                <span style={{ width: `${largest ? (row.total / largest) * 100 : 0}%` }} />
              </span>
              {n(row.total)}
            </td>
            <td>{n(row.average)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
