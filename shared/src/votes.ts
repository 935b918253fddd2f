import type { FieldError } from './validation';

/**
 * Vote rounds in a meeting (issue 18): the rules of a ballot and the tally, once for the server
 * (which enforces them) and the web (which checks as the member types and draws the results).
 *
 * A ballot is a list of entries `{ objectId, value }`; what `value` means depends on the method:
 * - DOT: points on the object (0..maxPointsPerObject), all entries together at most pointsPerOrganization;
 * - SCORE: a score 0..5 per object, every object of the round scored;
 * - RANKED: the object's place 1..n, every object ranked once (Borda: place p of n gives n − p points).
 */
export const VOTE_METHODS = ['DOT', 'SCORE', 'RANKED'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** HIDDEN: nobody sees the tally until the round closes; LIVE: everyone following the meeting sees it change. */
export const VOTE_RESULTS_MODES = ['HIDDEN', 'LIVE'] as const;
export type VoteResultsMode = (typeof VOTE_RESULTS_MODES)[number];

export const VOTE_ROUND_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type VoteRoundStatus = (typeof VOTE_ROUND_STATUSES)[number];

export const VOTE_LIMITS = {
  titleMax: 200,
  objectsMax: 50,
  roundsPerMeeting: 30,
  pointsMax: 1000,
  scoreMax: 5,
  weightMax: 100,
  defaultPoints: 10,
} as const;

/** The round's only forward moves: a draft opens, an open round closes, and a closed one never changes. */
export function canChangeVoteRound(from: VoteRoundStatus, to: VoteRoundStatus): boolean {
  return (from === 'DRAFT' && to === 'OPEN') || (from === 'OPEN' && to === 'CLOSED');
}

/** Whether a reader may see the tally: once closed, or all along when staff chose live results. */
export function voteResultsVisible(round: { status: VoteRoundStatus; resultsMode: VoteResultsMode }): boolean {
  return round.status === 'CLOSED' || (round.status === 'OPEN' && round.resultsMode === 'LIVE');
}

export interface VoteRules {
  method: VoteMethod;
  objectIds: readonly string[];
  /** DOT: the points each organization hands out. */
  pointsPerOrganization: number;
  /** DOT: at most this many on one object. */
  maxPointsPerObject: number;
}

export interface BallotEntry {
  objectId: string;
  value: number;
}

/** What is wrong with a ballot, as field errors on `entries.<i>.value` / `entries` (empty when it is fine). */
export function ballotErrors(rules: VoteRules, entries: readonly BallotEntry[]): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(rules.objectIds);
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!known.has(entry.objectId)) errors.push({ field: `entries.${i}.objectId`, code: 'notInRound' });
    else if (seen.has(entry.objectId)) errors.push({ field: `entries.${i}.objectId`, code: 'duplicateIds' });
    seen.add(entry.objectId);
    if (!Number.isInteger(entry.value)) errors.push({ field: `entries.${i}.value`, code: 'notInteger' });
    else if (entry.value < (rules.method === 'RANKED' ? 1 : 0))
      errors.push({ field: `entries.${i}.value`, code: 'tooSmall', params: { min: rules.method === 'RANKED' ? 1 : 0 } });
  });
  if (errors.length) return errors;
  if (rules.method === 'DOT') {
    entries.forEach((entry, i) => {
      if (entry.value > rules.maxPointsPerObject)
        errors.push({ field: `entries.${i}.value`, code: 'overObjectCap', params: { max: rules.maxPointsPerObject } });
    });
    const total = entries.reduce((sum, e) => sum + e.value, 0);
    if (total > rules.pointsPerOrganization)
      errors.push({ field: 'entries', code: 'overPointCap', params: { max: rules.pointsPerOrganization } });
  } else if (rules.method === 'SCORE') {
    entries.forEach((entry, i) => {
      if (entry.value > VOTE_LIMITS.scoreMax)
        errors.push({ field: `entries.${i}.value`, code: 'tooLarge', params: { max: VOTE_LIMITS.scoreMax } });
    });
    if (seen.size !== known.size) errors.push({ field: 'entries', code: 'everyObject' });
  } else {
    const n = known.size;
    const places = new Set<number>();
    entries.forEach((entry, i) => {
      if (entry.value > n) errors.push({ field: `entries.${i}.value`, code: 'tooLarge', params: { max: n } });
      else if (places.has(entry.value)) errors.push({ field: `entries.${i}.value`, code: 'samePlace' });
      places.add(entry.value);
    });
    if (!errors.length && seen.size !== n) errors.push({ field: 'entries', code: 'everyObject' });
  }
  return errors;
}

/** Points a DOT ballot has left to hand out (negative when over the cap). */
export function pointsLeft(rules: Pick<VoteRules, 'pointsPerOrganization'>, entries: readonly BallotEntry[]): number {
  return rules.pointsPerOrganization - entries.reduce((sum, e) => sum + (Number.isFinite(e.value) ? e.value : 0), 0);
}

export interface CountedBallot {
  /** The organization whose ballot it is (not who cast it for a proxy). */
  organizationId: string;
  entries: readonly BallotEntry[];
}

export interface TallyRow {
  objectId: string;
  /** DOT: weighted points; SCORE: weighted sum of scores; RANKED: weighted Borda points. */
  total: number;
  /** SCORE: the weighted mean score (0–5); DOT/RANKED: total divided by the summed weights. */
  average: number;
  /** 1 for the highest total; equal totals share a place (1, 1, 3). */
  rank: number;
}

export interface Tally {
  ballots: number;
  /** The summed weights of the organizations whose ballots count. */
  weight: number;
  rows: TallyRow[];
}

/** Rounds to two decimals, so weights like 1.5 print without float noise. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The result of a round: every object of the round with its weighted total, highest first. An
 * organization's weight is 1 unless staff set another before the round opened; a ballot cast by a
 * proxy counts with the weight of the organization it belongs to.
 */
export function tallyVotes(rules: VoteRules, ballots: readonly CountedBallot[], weights: ReadonlyMap<string, number> = new Map()): Tally {
  const n = rules.objectIds.length;
  const totals = new Map(rules.objectIds.map((id) => [id, 0]));
  let weight = 0;
  for (const ballot of ballots) {
    const w = weights.get(ballot.organizationId) ?? 1;
    weight += w;
    for (const entry of ballot.entries) {
      if (!totals.has(entry.objectId)) continue;
      const points = rules.method === 'RANKED' ? n - entry.value : entry.value;
      totals.set(entry.objectId, totals.get(entry.objectId)! + w * points);
    }
  }
  const rows = [...totals].map(([objectId, total]) => ({
    objectId,
    total: round2(total),
    average: weight ? round2(total / weight) : 0,
    rank: 0,
  }));
  rows.sort((a, b) => b.total - a.total || rules.objectIds.indexOf(a.objectId) - rules.objectIds.indexOf(b.objectId));
  rows.forEach((row, i) => (row.rank = i > 0 && rows[i - 1].total === row.total ? rows[i - 1].rank : i + 1));
  return { ballots: ballots.length, weight: round2(weight), rows };
}
