import { useTranslation } from 'react-i18next';
import type { SupportReportInput } from '@flaskhals/shared';
import type { OrganizationOption } from '../../reports/form/ReportForm';
import { SupportReportMutation } from '../../reports/operations';
import { useMutation } from '../../ui/graphql/hooks';
import type { QueryState } from '../../ui/graphql/hooks';
import type { ObjectDetailQuery } from '../../gql/graphql';
import { ObjectDetail } from './ObjectDetail';

interface ObjectDetailPanelProps {
  objectId: string;
  detail: QueryState<ObjectDetailQuery>;
  organizations: readonly OrganizationOption[];
  onBack: () => void;
  onShowOnMap: (bbox: number[]) => void;
  onReportHere: (object: { id: string; name: string }) => void;
  /** A support changes the object's figures: the map and list refresh too. */
  onChanged: () => void;
}

/** The detail of the selected object, with its loading, missing and error states. */
export function ObjectDetailPanel({ objectId, detail, organizations, onBack, onShowOnMap, onReportHere, onChanged }: ObjectDetailPanelProps) {
  const { t } = useTranslation();
  const [support] = useMutation(SupportReportMutation);
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
          {missing ? t('detail.notFound') : t('detail.loading')}
        </p>
      </div>
    );
  }
  return (
    <ObjectDetail
      object={current}
      organizations={organizations}
      onBack={onBack}
      onShowOnMap={() => onShowOnMap(current.bbox)}
      onReportHere={() => onReportHere({ id: current.id, name: current.name })}
      onSupport={async (input: SupportReportInput) => {
        await support({ input });
        await detail.refetch();
        onChanged();
      }}
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
