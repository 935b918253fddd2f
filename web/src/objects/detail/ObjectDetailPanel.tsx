import type { SupportReportInput, UpdateReportInput } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import type { ObjectDetailQuery } from '../../gql/graphql';
import { SupportReportMutation, UpdateReportMutation, WithdrawReportMutation } from '../../reports';
import { type QueryState, useMutation } from '../../ui/graphql';
import { ObjectDetail } from './ObjectDetail';
import type { Viewer } from './permissions';

interface ObjectDetailPanelProps {
  objectId: string;
  detail: QueryState<ObjectDetailQuery>;
  viewer: Viewer;
  onBack: () => void;
  onShowOnMap: (bbox: number[]) => void;
  /** Absent when the viewer may not report. */
  onReportHere?: (object: { id: string; name: string }) => void;
  /** A support, a change or a withdrawal changes the object's figures: the map and list refresh too. */
  onChanged: () => void;
  /** Opens another object's detail (the kept object of a merged duplicate). */
  onOpenObject?: (objectId: string) => void;
}

/** The detail of the selected object, with its loading, missing and error states. */
export function ObjectDetailPanel({
  objectId,
  detail,
  viewer,
  onBack,
  onShowOnMap,
  onReportHere,
  onChanged,
  onOpenObject,
}: ObjectDetailPanelProps) {
  const { t } = useTranslation();
  const [support] = useMutation(SupportReportMutation);
  const [update] = useMutation(UpdateReportMutation);
  const [withdraw] = useMutation(WithdrawReportMutation);
  const object = detail.data?.object;
  const current = object && object.id === objectId ? object : undefined;

  if (detail.error && !current) {
    return (
      <div className="panel__state">
        <BackButton onBack={onBack} />
        <div className="notice notice--error" role="alert">
          <p>{t('detail.error')}</p>
          <button type="button" className="button button--small" onClick={() => void detail.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (!current) {
    const missing = !detail.loading && detail.data && detail.data.object === null;
    return (
      <div className="panel__state">
        <BackButton onBack={onBack} />
        <p className={missing ? 'notice notice--warning' : 'muted'} role="status">
          {missing ? t(viewer.role ? 'detail.notFound' : 'detail.notFoundVisitor') : t('detail.loading')}
        </p>
      </div>
    );
  }
  const changed = async () => {
    // The list first: the map and list refresh without waiting for the detail's re-read (which,
    // when a live event's re-read is in flight, waits behind it).
    onChanged();
    await detail.refetch();
  };
  return (
    <ObjectDetail
      object={current}
      viewer={viewer}
      onBack={onBack}
      onShowOnMap={() => onShowOnMap(current.bbox)}
      onReportHere={onReportHere ? () => onReportHere({ id: current.id, name: current.name }) : undefined}
      onSupport={async (input: SupportReportInput) => {
        await support({ input });
        await changed();
      }}
      onUpdateReport={async (input: UpdateReportInput) => {
        await update({ input });
        await changed();
      }}
      onWithdrawReport={async (reportId: string) => {
        await withdraw({ reportId });
        await changed();
      }}
      onObjectChanged={changed}
      onFactsSaved={changed}
      onOpenObject={onOpenObject}
    />
  );
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel__toolbar">
      <button type="button" className="button button--link" onClick={onBack}>
        ← {t('detail.back')}
      </button>
    </div>
  );
}
