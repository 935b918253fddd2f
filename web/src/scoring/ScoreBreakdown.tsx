import { SCORE_MAX } from '@flaskhals/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ScorePartsFragment } from '../gql/graphql';
import { formatNumber } from '../ui/format/numbers';
import { formatScore } from './format';
import { SCORING_PATH } from './paths';

/**
 * "Why is this number 3?": the object's score and each criterion's share of it. A stacked bar
 * for the eye (hidden from screen readers), and a table that says the same in words and numbers.
 */
export function ScoreBreakdown({ score, arenaSlug }: { score: ScorePartsFragment; arenaSlug?: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const percent = (value: number) => `${formatNumber(Math.round(value * 100), i18n.language, 0)} %`;
  return (
    <section className="object-detail__section score-breakdown" aria-labelledby={titleId}>
      <div className="section-heading">
        <h3 id={titleId}>{t('scoring.title')}</h3>
        <Link to={arenaSlug ? `${SCORING_PATH}?arena=${encodeURIComponent(arenaSlug)}` : SCORING_PATH}>{t('scoring.howLink')}</Link>
      </div>
      <p className="score-breakdown__total">
        <strong>{formatScore(score.score, i18n.language)}</strong> {t('scoring.ofMax', { max: SCORE_MAX })}
      </p>
      <div className="score-breakdown__stack" aria-hidden="true">
        {score.shares
          .filter((s) => s.points > 0)
          .map((s) => (
            <span
              key={s.criterion}
              className={`score-breakdown__segment score-breakdown__segment--${s.criterion.toLowerCase()}`}
              style={{ width: `${(s.points / SCORE_MAX) * 100}%` }}
              title={t(`scoring.criteria.${s.criterion}`)}
            />
          ))}
      </div>
      <table className="score-breakdown__table">
        <caption className="visually-hidden">{t('scoring.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scoring.criterion')}</th>
            <th scope="col" className="numeric">
              {t('scoring.weight')}
            </th>
            <th scope="col">{t('scoring.value')}</th>
            <th scope="col" className="numeric">
              {t('scoring.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {score.shares.map((s) => (
            <tr key={s.criterion} className={s.weight === 0 ? 'muted' : undefined}>
              <th scope="row">
                <span className={`score-breakdown__swatch score-breakdown__segment--${s.criterion.toLowerCase()}`} aria-hidden="true" />
                {t(`scoring.criteria.${s.criterion}`)}
              </th>
              <td className="numeric">{s.weight}</td>
              <td>
                {s.unjudged ? (
                  <span className="score-breakdown__unjudged">{t('scoring.unjudged', { value: percent(s.value) })}</span>
                ) : (
                  <span className="score-breakdown__value">
                    <span className="score-breakdown__bar" aria-hidden="true">
                      <span style={{ width: `${s.value * 100}%` }} />
                    </span>
                    {percent(s.value)}
                  </span>
                )}
              </td>
              <td className="numeric">{formatNumber(s.points, i18n.language, 2)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('scoring.total')}</th>
            <td />
            <td />
            <td className="numeric">
              <strong>{formatScore(score.score, i18n.language)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
