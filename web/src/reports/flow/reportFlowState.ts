import type { Geometry } from '@flaskhals/shared';

import type { ReportTarget } from '../form/reportFormModel';

export const DRAW_SHAPES = ['Point', 'LineString', 'Polygon'] as const;
export type DrawShape = (typeof DRAW_SHAPES)[number];

/**
 * The steps of "Rapportera flaskhals": choose what to mark, mark it on the map, see what
 * already exists nearby, then fill in the report (on an existing object or a new one).
 */
export type ReportFlowStep =
  | { step: 'shape' }
  | { step: 'draw'; shape: DrawShape }
  | { step: 'nearby'; shape: DrawShape; geometry: Geometry }
  | { step: 'form'; target: ReportTarget; shape?: DrawShape; geometry?: Geometry };

/** The geometry the user marked, while there is one: the map keeps showing it. */
export function draftGeometryOf(flow: ReportFlowStep | null): Geometry | undefined {
  if (!flow) return undefined;
  if (flow.step === 'nearby') return flow.geometry;
  if (flow.step === 'form') return flow.geometry;
  return undefined;
}

/** The shape being drawn right now, if any. */
export function drawingShapeOf(flow: ReportFlowStep | null): DrawShape | undefined {
  return flow?.step === 'draw' ? flow.shape : undefined;
}
