import { z } from 'zod';

import { optionalText, requiredText } from './text';
import { OBJECT_STATUSES, PLANNING_STAGES, SYSTEM_STATUSES } from './workflow';

/**
 * What a meeting decides under an agenda item (server/src/meetings/meeting-records.service.ts):
 * an object's status, its planning stage, an action item for someone, a decision in words, or
 * adopting the arena's working priority list as a new numbered version (server/src/priorities/).
 * Decisions that change an object are applied when recorded, in the same transaction; more kinds
 * come with later features (the priority list, positions).
 */
export const DECISION_KINDS = ['STATUS', 'PLANNING_STAGE', 'ACTION_ITEM', 'STATEMENT', 'ADOPT_PRIORITY_LIST'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The kinds that change an object of the register. */
export const OBJECT_DECISION_KINDS: readonly DecisionKind[] = ['STATUS', 'PLANNING_STAGE'];

export const DECISION_LIMITS = { textMax: 5000, ownerMax: 200, attendeeNameMax: 200, minutesMax: 50_000 } as const;

const dateOnly = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), { error: 'invalidDate' });

const decidableStatus = z.enum(OBJECT_STATUSES.filter((s) => !SYSTEM_STATUSES.includes(s)) as [string, ...string[]], {
  error: 'invalidOption',
});

export const decisionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('STATUS'), objectId: z.string(), status: decidableStatus, text: optionalText(DECISION_LIMITS.textMax) }),
    z.object({
      kind: z.literal('PLANNING_STAGE'),
      objectId: z.string(),
      planningStage: z.enum(PLANNING_STAGES, { error: 'invalidOption' }),
      text: optionalText(DECISION_LIMITS.textMax),
    }),
    z.object({
      kind: z.literal('ACTION_ITEM'),
      text: requiredText(1, DECISION_LIMITS.textMax),
      owner: requiredText(1, DECISION_LIMITS.ownerMax),
      dueDate: dateOnly.nullish().transform((v) => v ?? null),
    }),
    z.object({ kind: z.literal('STATEMENT'), text: requiredText(1, DECISION_LIMITS.textMax) }),
    z.object({ kind: z.literal('ADOPT_PRIORITY_LIST'), text: optionalText(DECISION_LIMITS.textMax) }),
  ],
  { error: 'invalidOption' },
);
export type DecisionInput = z.input<typeof decisionSchema>;
export type DecisionValues = z.output<typeof decisionSchema>;

/** Where an object's history names the decision: "Beslut på Nätverksmöte februari 2027 (22 feb 2027), punkt 4". */
export interface DecisionReference {
  decisionId: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  itemNumber: string;
}

/** A person at the meeting: one of the arena's people, or a guest named by hand. */
export const attendeeSchema = z.object({
  userId: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  name: optionalText(DECISION_LIMITS.attendeeNameMax),
  organizationName: optionalText(DECISION_LIMITS.attendeeNameMax),
});
