import type { Impact } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { formatNumber, formatSek } from '../../ui/format/numbers';

/**
 * Delay per week, extra cost and freight per year, formatted the reader's way ("1 250 000 kr").
 * An organization's own figures are null for readers who may not see them: a note says why.
 */
export function ImpactFigures({ impact, variant = 'compact' }: { impact: Impact | null; variant?: 'compact' | 'large' }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (!impact) return <p className="impact-hidden">{t('detail.figuresHidden')}</p>;
  return (
    <dl className={`impact impact--${variant}`}>
      <div className="impact__figure">
        <dt>{t('impact.delayHoursPerWeek')}</dt>
        <dd>{t('impact.hours', { value: formatNumber(impact.delayHoursPerWeek, lng) })}</dd>
      </div>
      <div className="impact__figure">
        <dt>{t('impact.extraCostSekPerYear')}</dt>
        <dd>{formatSek(impact.extraCostSekPerYear, lng)}</dd>
      </div>
      <div className="impact__figure">
        <dt>{t('impact.freightTonnesPerYear')}</dt>
        <dd>{t('impact.tonnes', { value: formatNumber(impact.freightTonnesPerYear, lng, 0) })}</dd>
      </div>
    </dl>
  );
}
