import { OBJECT_KINDS } from '@flaskhals/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { KIND_COLORS, SELECTED_COLOR } from '../model/objectStyle';

/** Narrow screens (phones): the legend would cover a third of the map, so it starts folded. */
const NARROW_SCREEN = '(max-width: 640px)';
const startsOpen = () => typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_SCREEN).matches;

/** What the colours and line styles on the map mean; folds away behind its title. */
export function Legend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(startsOpen);
  const bodyId = useId();
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <button type="button" className="legend__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {t('legend.title')}
      </button>
      <div className="legend__body" id={bodyId} hidden={!open}>
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
    </section>
  );
}
