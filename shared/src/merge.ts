/**
 * Why a merge can no longer be undone (server/src/merges/): the codes the API answers and the web
 * translates. A merge can be undone as long as nothing newer depends on it.
 */
export const UNDO_BLOCKERS = ['alreadyUndone', 'newerMerge', 'notDuplicate', 'rowsMovedSince'] as const;
export type UndoBlocker = (typeof UNDO_BLOCKERS)[number];
