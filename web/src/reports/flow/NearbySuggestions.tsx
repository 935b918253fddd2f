import { isOpenStatus } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import type { NearbyObjectsQuery } from '../../gql/graphql';
import { KindSwatch, StatusBadge } from '../../objects';
import { formatDistance } from '../../ui/format/numbers';

export type NearbyObject = NearbyObjectsQuery['nearbyObjects'][number];

interface NearbySuggestionsProps {
  nearby: readonly NearbyObject[] | undefined;
  loading: boolean;
  error: boolean;
  onReportOn: (object: NearbyObject['object']) => void;
  onViewAndSupport: (objectId: string) => void;
  onNewObject: () => void;
  onRedraw: () => void;
  onCancel: () => void;
}

/** "Is it one of these?": existing objects near the marked place, before a duplicate is made. */
export function NearbySuggestions({
  nearby,
  loading,
  error,
  onReportOn,
  onViewAndSupport,
  onNewObject,
  onRedraw,
  onCancel,
}: NearbySuggestionsProps) {
  const { t, i18n } = useTranslation();
  const found = nearby && nearby.length > 0;
  return (
    <section className="nearby" aria-labelledby="nearby-title">
      <h2 id="nearby-title" className="panel__title">
        {t('report.nearbyTitle')}
      </h2>
      {loading && !nearby && (
        <p className="muted" role="status">
          {t('report.nearbyLoading')}
        </p>
      )}
      {error && (
        <p className="notice notice--warning" role="alert">
          {t('report.nearbyError')}
        </p>
      )}
      {nearby && !found && <p className="muted">{t('report.nearbyNone')}</p>}
      {found && (
        <>
          <p className="muted">{t('report.nearbyIntro')}</p>
          <ul className="nearby__items">
            {nearby.map(({ object, distanceMeters }) => (
              <li key={object.id} className="nearby__item">
                <div className="nearby__head">
                  <KindSwatch kind={object.kind} open={isOpenStatus(object.status)} />
                  <div>
                    <p className="nearby__name">{object.name}</p>
                    <p className="object-row__meta">
                      {t(`kinds.${object.kind}`)} · {t('report.distance', { distance: formatDistance(distanceMeters, i18n.language) })} ·{' '}
                      {t('list.reports', { count: object.reportCount })}
                    </p>
                  </div>
                  <StatusBadge status={object.status} />
                </div>
                <div className="nearby__actions">
                  <button type="button" className="button button--small" onClick={() => onReportOn(object)}>
                    {t('report.reportOnThis')}
                  </button>
                  {object.reportCount > 0 && (
                    <button type="button" className="button button--small" onClick={() => onViewAndSupport(object.id)}>
                      {t('report.viewAndSupport')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <p className="muted">{t('report.newObjectHint')}</p>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onNewObject} disabled={loading && !nearby}>
          {t('report.newObject')}
        </button>
        <button type="button" className="button" onClick={onRedraw}>
          {t('report.redraw')}
        </button>
        <button type="button" className="button button--link" onClick={onCancel}>
          {t('report.cancel')}
        </button>
      </div>
    </section>
  );
}
