import { OBJECT_KINDS } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { KIND_COLORS, SELECTED_COLOR } from '../model/objectStyle';

/** What the colours and line styles on the map mean. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <details className="legend" open>
      <summary>{t('legend.title')}</summary>
      <div className="legend__body">
        <h3 className="legend__heading">{t('legend.kinds')}</h3>
        <ul className="legend__list">
          {OBJECT_KINDS.map((kind) => (
            <li key={kind}>
              <span className="legend__dot" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
              {t(`kinds.${kind}`)}
            </li>
          ))}
        </ul>
        <h3 className="legend__heading">{t('legend.statuses')}</h3>
        <ul className="legend__list legend__list--statuses">
          <li>
            <span className="legend__line" aria-hidden="true" />
            {t('legend.open')}
          </li>
          <li>
            <span className="legend__line legend__line--closed" aria-hidden="true" />
            {t('legend.closed')}
          </li>
          <li>
            <span className="legend__line" style={{ borderColor: SELECTED_COLOR }} aria-hidden="true" />
            {t('legend.selected')}
          </li>
        </ul>
      </div>
    </details>
  );
}
