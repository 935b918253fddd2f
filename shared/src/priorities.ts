import type { PlanningStage } from './workflow';

/**
 * The arena's priority list (issue 18, server/src/priorities/): a working list staff keep, proposed
 * from the score ranking, and the versions a meeting adopted. The rules both sides need live here.
 */

/** How many objects a proposal from the score ranking takes, unless staff chose another number. */
export const DEFAULT_PRIORITY_LIST_SIZE = 20;
export const MAX_PRIORITY_LIST_SIZE = 100;
export const MAX_PRIORITY_REASON_LENGTH = 2000;

/** What staff do to the working list; each is kept with who, when and why. */
export const PRIORITY_CHANGES = ['PROPOSED', 'ADDED', 'MOVED', 'REMOVED'] as const;
export type PriorityChange = (typeof PRIORITY_CHANGES)[number];

/** The planning stages that mean "in the current regional or national plan" (the column "I plan"). */
export const IN_PLAN_STAGES: readonly PlanningStage[] = ['IN_REGIONAL_PLAN', 'IN_NATIONAL_PLAN', 'FINANCED', 'UNDER_CONSTRUCTION'];

export function isInPlan(stage: PlanningStage | null | undefined): boolean {
  return stage != null && IN_PLAN_STAGES.includes(stage);
}

/** UP/DOWN by `steps` places, SAME place, NEW on the list, or OUT of it since the previous adopted version. */
export type PriorityMovementKind = 'UP' | 'DOWN' | 'SAME' | 'NEW' | 'OUT';
export interface PriorityMovement {
  kind: PriorityMovementKind;
  steps: number;
}

/**
 * Movement of each object between two adopted versions, given as object ids in rank order (the
 * first is rank 1). Objects of `current` get UP/DOWN/SAME/NEW; those only on `previous` get OUT.
 * With no previous version every object is NEW.
 */
export function priorityMovements(
  previous: readonly string[] | null,
  current: readonly string[],
): { onList: Map<string, PriorityMovement>; out: string[] } {
  const before = new Map((previous ?? []).map((id, i) => [id, i + 1]));
  const onList = new Map<string, PriorityMovement>();
  current.forEach((id, i) => {
    const was = before.get(id);
    const rank = i + 1;
    if (was === undefined) onList.set(id, { kind: 'NEW', steps: 0 });
    else if (was > rank) onList.set(id, { kind: 'UP', steps: was - rank });
    else if (was < rank) onList.set(id, { kind: 'DOWN', steps: rank - was });
    else onList.set(id, { kind: 'SAME', steps: 0 });
  });
  const now = new Set(current);
  return { onList, out: (previous ?? []).filter((id) => !now.has(id)) };
}

/** "↑3", "↓2", "–", or the caller's words for new and out (they are language). */
export function movementArrow(movement: PriorityMovement): string {
  if (movement.kind === 'UP') return `↑${movement.steps}`;
  if (movement.kind === 'DOWN') return `↓${movement.steps}`;
  if (movement.kind === 'SAME') return '–';
  return '';
}

/** The working list after moving one object to `toRank` (1-based, clamped to the list). */
export function moveTo(list: readonly string[], objectId: string, toRank: number): string[] {
  const rest = list.filter((id) => id !== objectId);
  const index = Math.max(0, Math.min(rest.length, toRank - 1));
  return [...rest.slice(0, index), objectId, ...rest.slice(index)];
}

/**
 * The proposal from scores and votes: the objects the arena's latest closed vote covered keep,
 * as a group, the places the score ranking gave them, and take them in the vote's order; every
 * other object stays where its score put it. So a vote decides between the objects it was about
 * without lifting them over objects it never asked about. Objects of the vote missing from
 * `scoreRanked` (not active, or out of the asker's sight) are left out.
 */
export function blendVoteOrder(scoreRanked: readonly string[], voteOrder: readonly string[]): string[] {
  const ranked = new Set(scoreRanked);
  const voted = voteOrder.filter((id) => ranked.has(id));
  const votedSet = new Set(voted);
  let next = 0;
  return scoreRanked.map((id) => (votedSet.has(id) ? voted[next++] : id));
}
