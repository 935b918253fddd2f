import './detail.css';

import { can, type SupportReportInput, type UpdateReportInput } from '@flaskhals/shared';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Discussion, ReportAttachments } from '../../comments';
import { ObjectFacts } from '../../facts';
import type { ObjectDetailQuery } from '../../gql/graphql';
import { ObjectTimeline } from '../../history';
import { PutOnNextMeeting } from '../../meetings';
import { MergedIntoNotice, mergeEventActions, MergeTools, MoveReportAction } from '../../merges';
import { FollowButton } from '../../notifications';
import { ObjectPrioritySection } from '../../priorities';
import { EditReportForm, SupportForm } from '../../reports';
import { ScoreBreakdown } from '../../scoring';
import { StatusControl } from '../../triage';
import { formatDate } from '../../ui/format/numbers';
import { describeRequestFailure } from '../../ui/graphql/errors';
import { KindBadge, StatusBadge } from '../list/badges';
import { ImpactFigures } from './ImpactFigures';
import { alreadySupports, mayEdit, maySupport, type Viewer } from './permissions';

export type ObjectDetailData = NonNullable<ObjectDetailQuery['object']>;
type ReportData = ObjectDetailData['reports']['edges'][number]['node'];

export interface ObjectDetailProps {
  object: ObjectDetailData;
  /** Decides which actions are offered; the server checks again. */
  viewer: Viewer;
  onBack: () => void;
  onShowOnMap?: () => void;
  /** Offered only to those who may report. */
  onReportHere?: () => void;
  /** Sends a support; rejects with a CombinedError for the form to show. */
  onSupport: (input: SupportReportInput) => Promise<unknown>;
  /** Sends a change of a report; rejects with a CombinedError for the form to show. */
  onUpdateReport: (input: UpdateReportInput) => Promise<unknown>;
  onWithdrawReport: (reportId: string) => Promise<unknown>;
  /** After staff changed the object itself (its status, a merge, a moved report): read it anew, and the map and list too. */
  onObjectChanged?: () => Promise<void>;
  /** Opens another object's detail (the kept object of a merged duplicate). */
  onOpenObject?: (objectId: string) => void;
  /** Staff corrected the object or its planning: the page reads it again. */
  onFactsSaved?: () => Promise<unknown>;
}

/** One object: what it is, where it stands, who reported it and what it costs them together. */
export function ObjectDetail({
  object,
  viewer,
  onBack,
  onShowOnMap,
  onReportHere,
  onSupport,
  onUpdateReport,
  onWithdrawReport,
  onObjectChanged,
  onOpenObject,
  onFactsSaved,
}: ObjectDetailProps) {
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
          {object.planningStage !== 'NONE' && <span className="badge">{t(`planningStages.${object.planningStage}`)}</span>}
          <FollowButton objectId={object.id} role={viewer.role} />
        </div>
        {onObjectChanged && can(viewer.role, 'triage') && <StatusControl object={object} onChanged={onObjectChanged} />}
        <PutOnNextMeeting objectId={object.id} role={viewer.role} />
      </header>

      <MergedIntoNotice object={object} onOpenObject={onOpenObject} />

      <dl className="facts">
        {object.modes.length > 0 && <Fact label={t('detail.modes')} value={object.modes.map((m) => t(`modes.${m}`)).join(', ')} />}
        {object.municipality && <Fact label={t('detail.municipality')} value={object.municipality} />}
        {object.responsibleBody && <Fact label={t('detail.responsibleBody')} value={object.responsibleBody} />}
        {object.categories.length > 0 && (
          <Fact label={t('detail.categories')} value={object.categories.map((c) => t(`categories.${c}`)).join(', ')} />
        )}
        {object.externalRefs.length > 0 && <Fact label={t('detail.externalRefs')} value={object.externalRefs.join(', ')} />}
      </dl>
      <ObjectFacts objectId={object.id} role={viewer.role} onSaved={onFactsSaved} />

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

      <ScoreBreakdown score={object.score} />
      <ObjectPrioritySection objectId={object.id} />

      <section className="object-detail__section" aria-labelledby="reports-title">
        <div className="section-heading">
          <h3 id="reports-title">
            {t('detail.reportsTitle')} ({object.reports.totalCount})
          </h3>
          {onReportHere && object.status !== 'DUPLICATE' && (
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
              <ReportItem
                key={report.id}
                objectId={object.id}
                report={report}
                viewer={viewer}
                onSupport={onSupport}
                onUpdateReport={onUpdateReport}
                onWithdrawReport={onWithdrawReport}
                moveAction={<MoveReportAction report={report} objectId={object.id} viewer={viewer} onMoved={onObjectChanged} />}
              />
            ))}
          </ol>
        )}
      </section>

      <Discussion objectId={object.id} role={viewer.role} />
      <MergeTools object={object} viewer={viewer} onChanged={onObjectChanged} onOpenObject={onOpenObject} />

      <ObjectTimeline objectId={object.id} version={object.updatedAt} actionsFor={mergeEventActions(viewer, onObjectChanged)} />
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

type ReportMode = 'view' | 'supporting' | 'editing' | 'confirmWithdraw';

interface ReportItemProps {
  objectId: string;
  report: ReportData;
  viewer: Viewer;
  onSupport: ObjectDetailProps['onSupport'];
  onUpdateReport: ObjectDetailProps['onUpdateReport'];
  onWithdrawReport: ObjectDetailProps['onWithdrawReport'];
  moveAction?: ReactNode;
}

function ReportItem({ objectId, report, viewer, onSupport, onUpdateReport, onWithdrawReport, moveAction }: ReportItemProps) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<ReportMode>('view');
  const [done, setDone] = useState<'supported' | 'saved' | 'withdrawn' | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string>();
  const titleId = useId();
  const item = useRef<HTMLLIElement>(null);
  const returnFocus = useRef<string | null>(null);

  const own = viewer.organizationId !== null && report.organization.id === viewer.organizationId;
  const withdrawn = Boolean(report.withdrawnAt);
  const canSupport = maySupport(viewer, report);
  const supported = canSupport && alreadySupports(viewer, report);
  const canEdit = mayEdit(viewer, report);

  // Back in the view after a form or the withdraw question: the keyboard returns to what opened it.
  useEffect(() => {
    if (mode !== 'view' || !returnFocus.current) return;
    const target =
      item.current?.querySelector<HTMLElement>(`[data-focus="${returnFocus.current}"]`) ??
      item.current?.querySelector<HTMLElement>('.report__title');
    returnFocus.current = null;
    target?.focus();
  }, [mode]);

  const open = (next: ReportMode) => {
    setDone(null);
    setWithdrawError(undefined);
    setMode(next);
  };
  const close = (focus: string) => {
    returnFocus.current = focus;
    setMode('view');
  };

  const withdraw = async () => {
    setWithdrawing(true);
    setWithdrawError(undefined);
    try {
      await onWithdrawReport(report.id);
      setDone('withdrawn');
      close('title');
    } catch (cause) {
      setWithdrawError(describeRequestFailure(t, cause));
    } finally {
      setWithdrawing(false);
    }
  };

  return (
    <li className={`report${withdrawn ? ' report--withdrawn' : ''}`} ref={item}>
      {withdrawn && (
        <p className="report__withdrawn">{t('detail.withdrawnOn', { date: formatDate(report.withdrawnAt!, i18n.language) })}</p>
      )}
      <h4 className="report__title" id={titleId} tabIndex={-1} data-focus="title">
        {report.title}
      </h4>
      <p className="report__meta">
        <strong>{report.organization.name}</strong>
        {own && <span className="report__own"> ({t('detail.ownOrganization')})</span>} · {t(`categories.${report.category}`)} ·{' '}
        <time dateTime={report.createdAt}>{formatDate(report.createdAt, i18n.language)}</time>
      </p>
      <p className="report__visibility">
        <span className="visually-hidden">{t('detail.visibleTo')}: </span>
        <span className={`badge visibility-badge visibility-badge--${report.visibility.toLowerCase()}`}>
          {t(`visibility.short.${report.visibility}`)}
        </span>
      </p>
      <div className="report__body">
        <p className="prose">{report.problem}</p>
        {report.proposedMeasure && (
          <p className="prose">
            <span className="report__label">{t('detail.proposedMeasure')}: </span>
            {report.proposedMeasure}
          </p>
        )}
        <ImpactFigures impact={report.impact} />
        <ReportAttachments
          objectId={objectId}
          reportId={report.id}
          reportOrganizationId={report.organization.id}
          viewer={viewer}
          withdrawn={withdrawn}
        />
      </div>

      {report.supports.length > 0 && (
        <div className="supports">
          <h5>{t('detail.supportsTitle', { count: report.supports.length })}</h5>
          <ul>
            {report.supports.map((support) => (
              <li key={support.id} className="support">
                <p className="report__meta">
                  <strong>{support.organization.name}</strong> ·{' '}
                  <time dateTime={support.createdAt}>{formatDate(support.createdAt, i18n.language)}</time>
                </p>
                {support.comment && <p className="prose">{support.comment}</p>}
                <ImpactFigures impact={support.impact} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {done && (
        <p className="notice notice--success" role="status">
          {t(done === 'supported' ? 'form.supportDone' : done === 'saved' ? 'edit.saved' : 'edit.withdrawn')}
        </p>
      )}

      {mode === 'supporting' && (
        <SupportForm
          reportId={report.id}
          reportTitle={report.title}
          organizationName={viewer.organizationName ?? ''}
          onCancel={() => close('support')}
          onSubmit={async (input) => {
            await onSupport(input);
            setDone('supported');
            close('title');
          }}
        />
      )}
      {mode === 'editing' && (
        <EditReportForm
          report={report}
          onCancel={() => close('edit')}
          onSubmit={async (input) => {
            await onUpdateReport(input);
            setDone('saved');
            close('title');
          }}
        />
      )}
      {mode === 'confirmWithdraw' && (
        <WithdrawQuestion
          title={report.title}
          busy={withdrawing}
          error={withdrawError}
          onConfirm={() => void withdraw()}
          onCancel={() => close('withdraw')}
        />
      )}

      {mode === 'view' && (canSupport || canEdit) && (
        <div className="report__actions">
          {canSupport &&
            (supported ? (
              <span className="muted small">{t('detail.alreadySupported')}</span>
            ) : (
              <button
                type="button"
                className="button button--small"
                data-focus="support"
                aria-label={`${t('detail.support')}: ${report.title}`}
                onClick={() => open('supporting')}
              >
                {t('detail.support')}
              </button>
            ))}
          {canEdit && (
            <>
              <button
                type="button"
                className="button button--small"
                data-focus="edit"
                aria-label={`${t('edit.edit')}: ${report.title}`}
                onClick={() => open('editing')}
              >
                {t('edit.edit')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                data-focus="withdraw"
                aria-label={`${t('edit.withdraw')}: ${report.title}`}
                onClick={() => open('confirmWithdraw')}
              >
                {t('edit.withdraw')}
              </button>
            </>
          )}
        </div>
      )}
      {mode === 'view' && moveAction}
    </li>
  );
}

/** "Withdraw the report?" asked in place, with the answer buttons focused first. */
function WithdrawQuestion({
  title,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  busy: boolean;
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const questionId = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="withdraw-question" role="group" aria-labelledby={questionId} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p id={questionId} className="withdraw-question__text">
        {t('edit.withdrawQuestion', { title })}
      </p>
      <p className="muted small">{t('edit.withdrawHint')}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" ref={confirm} className="button button--danger" disabled={busy} onClick={onConfirm}>
          {busy ? t('edit.withdrawing') : t('edit.confirmWithdraw')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
