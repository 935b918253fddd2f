/** What the reports feature (report, support, change and withdraw) offers the app and other features. */
export { EditReportForm } from './edit/EditReportForm';
export { DrawOnMap } from './flow/DrawOnMap';
export { ReportFlowPanel } from './flow/ReportFlowPanel';
export { draftGeometryOf, drawingShapeOf, type ReportFlowStep } from './flow/reportFlowState';
export { SupportReportMutation, UpdateReportMutation, WithdrawReportMutation } from './operations';
export { SupportForm } from './support/SupportForm';
