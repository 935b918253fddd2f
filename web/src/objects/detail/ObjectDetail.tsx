import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportReportInput } from '@flaskhals/shared';
import type { ObjectDetailQuery } from '../../gql/graphql';
import { SupportForm } from '../../reports/support/SupportForm';
import type { OrganizationOption } from '../../reports/form/ReportForm';
import { formatDate } from '../../ui/format/numbers';
import { KindBadge, StatusBadge } from '../list/badges';
import { ImpactFigures } from './ImpactFigures';
import './detail.css';

export type ObjectDetailData = NonNullable<ObjectDetailQuery['object']>;
type ReportData = ObjectDetailData['reports']['edges'][number]['node'];

export interface ObjectDetailProps {
  object: ObjectDetailData;
  organizations: readonly OrganizationOption[];
  onBack: () => void;
  onShowOnMap?: () => void;
  onReportHere?: () => void;
  /** Sends a support; rejects with a GraphQLRequestError for the form to show. */
  onSupport: (input: SupportReportInput) => Promise<unknown>;
}

/** One object: what it is, where it stands, who reported it and what it costs them together. */
export function ObjectDetail({ object, organizations, onBack, onShowOnMap, onReportHere, onSupport }: ObjectDetailProps) {
  const { t } = useTranslation();
  const reports = object.reports.edges.map((e) => e.node);
  return (
    <article className="object-detail" aria-labelledby="object-detail-title">
      <div className="panel__toolbar">
        <button type="button" className="button button--link" onClick={onBack}>
          ← {t('detail.back')}
        </button>
        {onShowOnMap && (
          <button type="button" className="button button--small" onClick={onShowOnMap}>
            {t('detail.showOnMap')}
          </button>
        )}
      </div>

      <header className="object-detail__header">
        <h2 id="object-detail-title" className="panel__title">
          {object.name}
        </h2>
        <div className="badges">
          <KindBadge kind={object.kind} />
          <StatusBadge status={object.status} />
        </div>
      </header>

      <dl className="facts">
        {object.modes.length > 0 && (
          <Fact label={t('detail.modes')} value={object.modes.map((m) => t(`modes.${m}`)).join(', ')} />
        )}
        {object.municipality && <Fact label={t('detail.municipality')} value={object.municipality} />}
        {object.responsibleBody && <Fact label={t('detail.responsibleBody')} value={object.responsibleBody} />}
        {object.categories.length > 0 && (
          <Fact label={t('detail.categories')} value={object.categories.map((c) => t(`categories.${c}`)).join(', ')} />
        )}
        {object.externalRefs.length > 0 && <Fact label={t('detail.externalRefs')} value={object.externalRefs.join(', ')} />}
      </dl>

      {object.description && (
        <section className="object-detail__section">
          <h3>{t('detail.description')}</h3>
          <p className="prose">{object.description}</p>
        </section>
      )}

      <section className="object-detail__section object-detail__impact" aria-labelledby="impact-title">
        <h3 id="impact-title">{t('detail.impactTitle')}</h3>
        <ImpactFigures impact={object.totalImpact} variant="large" />
        <p className="muted">
          {t('detail.impactBehind', {
            organizations: t('list.organizations', { count: object.organizationCount }),
            reports: t('list.reports', { count: object.reportCount }),
          })}
        </p>
      </section>

      <section className="object-detail__section" aria-labelledby="reports-title">
        <div className="section-heading">
          <h3 id="reports-title">
            {t('detail.reportsTitle')} ({object.reports.totalCount})
          </h3>
          {onReportHere && (
            <button type="button" className="button button--small" onClick={onReportHere}>
              {t('detail.reportHere')}
            </button>
          )}
        </div>
        {reports.length === 0 ? (
          <p className="muted">{t('detail.noReports')}</p>
        ) : (
          <ol className="reports">
            {reports.map((report) => (
              <ReportItem key={report.id} report={report} organizations={organizations} onSupport={onSupport} />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ReportItem({ report, organizations, onSupport }: { report: ReportData; organizations: readonly OrganizationOption[]; onSupport: ObjectDetailProps['onSupport'] }) {
  const { t, i18n } = useTranslation();
  const [supporting, setSupporting] = useState(false);
  const [thanked, setThanked] = useState(false);
  return (
    <li className="report">
      <h4 className="report__title">{report.title}</h4>
      <p className="report__meta">
        <strong>{report.organization.name}</strong> · {t(`categories.${report.category}`)} · <time dateTime={report.createdAt}>{formatDate(report.createdAt, i18n.language)}</time>
      </p>
      <p className="prose">{report.problem}</p>
      {report.proposedMeasure && (
        <p className="prose">
          <span className="report__label">{t('detail.proposedMeasure')}: </span>
          {report.proposedMeasure}
        </p>
      )}
      <ImpactFigures impact={report.impact} />

      {report.supports.length > 0 && (
        <div className="supports">
          <h5>{t('detail.supportsTitle', { count: report.supports.length })}</h5>
          <ul>
            {report.supports.map((support) => (
              <li key={support.id} className="support">
                <p className="report__meta">
                  <strong>{support.organization.name}</strong> · <time dateTime={support.createdAt}>{formatDate(support.createdAt, i18n.language)}</time>
                </p>
                {support.comment && <p className="prose">{support.comment}</p>}
                <ImpactFigures impact={support.impact} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {thanked && (
        <p className="notice notice--success" role="status">
          {t('form.supportDone')}
        </p>
      )}
      {supporting ? (
        <SupportForm
          reportId={report.id}
          reportTitle={report.title}
          organizations={organizations}
          onCancel={() => setSupporting(false)}
          onSubmit={async (input) => {
            await onSupport(input);
            setSupporting(false);
            setThanked(true);
          }}
        />
      ) : (
        <button type="button" className="button button--small" aria-label={`${t('detail.support')}: ${report.title}`} onClick={() => { setThanked(false); setSupporting(true); }}>
          {t('detail.support')}
        </button>
      )}
    </li>
  );
}
