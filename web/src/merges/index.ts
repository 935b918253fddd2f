/** What the merges feature (duplicates: merge, undo, move a report) offers the object detail. */
import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { MergedIntoNotice, MergeTools, type MergeToolsProps } from './MergeTools';
export { MoveReportAction, type MoveReportActionProps } from './MoveReportAction';
export { mergeEventActions, UndoMergeFromEvent } from './UndoMerge';
