import './report.css';

import type { Geometry } from '@flaskhals/shared';
import type { Map as LeafletMap } from 'leaflet';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation, useQuery } from '../../ui/graphql';
import { ReportForm } from '../form/ReportForm';
import { NearbyObjectsQuery, ReportBottleneckMutation } from '../operations';
import { centerPoint, finishDrawing } from './drawing';
import { NearbySuggestions } from './NearbySuggestions';
import { DRAW_SHAPES, type DrawShape, type ReportFlowStep } from './reportFlowState';

interface ReportFlowPanelProps {
  flow: ReportFlowStep;
  onFlowChange: (flow: ReportFlowStep | null) => void;
  arenaId: string;
  map: LeafletMap | null;
  /** The signed-in user's organization: reports are made for it. */
  organizationName: string;
  /** The report is in: show its object. */
  onReported: (objectId: string) => Promise<void> | void;
  /** The user wants to support an existing object's report instead. */
  onViewObject: (objectId: string) => void;
}

/** The side panel while reporting: one step at a time, the map doing the marking. */
export function ReportFlowPanel({ flow, onFlowChange, arenaId, map, organizationName, onReported, onViewObject }: ReportFlowPanelProps) {
  const { t } = useTranslation();
  // Fetch the drawing tool while the user chooses a shape, so the first click on the map counts.
  useEffect(() => {
    void import('./geoman');
  }, []);
  const cancel = () => onFlowChange(null);
  const placed = (shape: DrawShape, geometry: Geometry) => onFlowChange({ step: 'nearby', shape, geometry });

  return (
    <div className="report-flow">
      {(flow.step === 'shape' || flow.step === 'draw') && (
        <section aria-labelledby="report-title">
          <h2 id="report-title" className="panel__title">
            {t('report.title')}
          </h2>
          <p className="muted">{t('report.intro')}</p>
          <fieldset className="shape-choice">
            <legend className="field__label">{t('report.chooseShape')}</legend>
            <div className="segmented">
              {DRAW_SHAPES.map((shape) => (
                <button
                  key={shape}
                  type="button"
                  className="segmented__option"
                  aria-pressed={flow.step === 'draw' && flow.shape === shape}
                  onClick={() => onFlowChange({ step: 'draw', shape })}
                >
                  <ShapeIcon shape={shape} />
                  {t(`shapes.${shape}`)}
                </button>
              ))}
            </div>
          </fieldset>
          {flow.step === 'draw' && (
            <p className="notice notice--info" role="status">
              {t(`report.drawHint.${flow.shape}`)}
            </p>
          )}
          <div className="form-actions">
            {(flow.step === 'shape' || flow.shape === 'Point') && (
              <button type="button" className="button" disabled={!map} onClick={() => map && placed('Point', centerPoint(map))}>
                {t('report.useMapCenter')}
              </button>
            )}
            {flow.step === 'draw' && flow.shape !== 'Point' && (
              <button type="button" className="button button--primary" onClick={() => map && finishDrawing(map, flow.shape)}>
                {t('report.finishDrawing')}
              </button>
            )}
            <button type="button" className="button button--link" onClick={cancel}>
              {t('report.cancel')}
            </button>
          </div>
        </section>
      )}

      {flow.step === 'nearby' && (
        <NearbyStep
          geometry={flow.geometry}
          arenaId={arenaId}
          onReportOn={(object) =>
            onFlowChange({
              step: 'form',
              target: { type: 'existing', objectId: object.id, objectName: object.name },
              shape: flow.shape,
              geometry: flow.geometry,
            })
          }
          onViewAndSupport={(id) => {
            onFlowChange(null);
            onViewObject(id);
          }}
          onNewObject={() =>
            onFlowChange({ step: 'form', target: { type: 'new', geometry: flow.geometry }, shape: flow.shape, geometry: flow.geometry })
          }
          onRedraw={() => onFlowChange({ step: 'draw', shape: flow.shape })}
          onCancel={cancel}
        />
      )}

      {flow.step === 'form' && (
        <FormStep
          flow={flow}
          arenaId={arenaId}
          organizationName={organizationName}
          onCancel={cancel}
          onChangePlace={flow.shape ? () => onFlowChange({ step: 'draw', shape: flow.shape! }) : undefined}
          onReported={onReported}
        />
      )}
    </div>
  );
}

function NearbyStep({
  geometry,
  arenaId,
  ...actions
}: { geometry: Geometry; arenaId: string } & Omit<Parameters<typeof NearbySuggestions>[0], 'nearby' | 'loading' | 'error'>) {
  const variables = useMemo(() => ({ geometry, arenaId, first: 5 }), [geometry, arenaId]);
  const { data, loading, error } = useQuery(NearbyObjectsQuery, variables);
  return (
    <NearbySuggestions nearby={data?.nearbyObjects ?? (error ? [] : undefined)} loading={loading} error={Boolean(error)} {...actions} />
  );
}

interface FormStepProps {
  flow: Extract<ReportFlowStep, { step: 'form' }>;
  arenaId: string;
  organizationName: string;
  onCancel: () => void;
  onChangePlace?: () => void;
  onReported: (objectId: string) => Promise<void> | void;
}

function FormStep({ flow, arenaId, organizationName, onCancel, onChangePlace, onReported }: FormStepProps) {
  const [report] = useMutation(ReportBottleneckMutation);
  return (
    <ReportForm
      arenaId={arenaId}
      target={flow.target}
      organizationName={organizationName}
      onCancel={onCancel}
      onChangePlace={flow.target.type === 'new' ? onChangePlace : undefined}
      onSubmit={async (input) => {
        const result = await report({ input });
        await onReported(result.reportBottleneck.object.id);
      }}
    />
  );
}

function ShapeIcon({ shape }: { shape: DrawShape }) {
  const paths: Record<DrawShape, ReactNode> = {
    Point: <circle cx="12" cy="12" r="5" />,
    LineString: <polyline points="3,18 10,8 15,14 21,5" fill="none" />,
    Polygon: <polygon points="4,18 7,5 19,7 20,17" />,
  };
  return (
    <svg className="shape-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      {paths[shape]}
    </svg>
  );
}
