import { randomUUID } from 'node:crypto';

import {
  attendeeSchema,
  DECISION_LIMITS,
  type DecisionReference,
  decisionSchema,
  MAX_REASON_LENGTH,
  type MeetingStatus,
  type ObjectStatus,
  plannedAgenda,
  type PlanningStage,
  validate,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Actor, requireSignedIn } from '../access';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { FactsService } from '../facts';
import { PrioritiesService } from '../priorities';
import { TriageService } from '../triage';
import { MeetingProtocolService } from './meeting-protocol.service';
import { type DecisionRow, MeetingRecordsRepository } from './meeting-records.repository';
import type { MeetingRow } from './meetings.repository';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import type { AttendeeInput, DecisionInput, Meeting } from './meetings.types';

/** What is recorded while the meeting is held; the minutes may still be written after it closed. */
const HELD: readonly MeetingStatus[] = ['IN_PROGRESS'];
const HELD_OR_CLOSED: readonly MeetingStatus[] = ['IN_PROGRESS', 'CLOSED'];

/**
 * What a meeting records as it goes: attendance, minutes per item, and decisions per item. A
 * decision on an object's status or planning stage is applied when it is recorded, in the same
 * transaction (through triage's and facts' own rules), and the object's history names the meeting
 * and the item. A decision recorded by mistake is retracted, with a reason; one that changed an
 * object puts the object back, if nothing changed it since.
 */
@Injectable()
export class MeetingRecordsService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly meetingRows: MeetingsRepository,
    private readonly records: MeetingRecordsRepository,
    private readonly triage: TriageService,
    private readonly facts: FactsService,
    private readonly audit: AuditService,
    private readonly protocol: MeetingProtocolService,
    private readonly priorities: PrioritiesService,
  ) {}

  attendees(meeting: Meeting) {
    return this.records.attendees(meeting.id);
  }

  decisions(meeting: Meeting): Promise<DecisionRow[]> {
    return this.records.decisions(meeting.id);
  }

  async addAttendee(actor: Actor, meetingId: string, input: AttendeeInput): Promise<Meeting> {
    const user = requireSignedIn(actor);
    const parsed = validate(attendeeSchema, input);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { userId, name, organizationName } = parsed.value;
    if (!userId && !name) throw badInput('name', 'nameOrPerson');
    if (userId && !isUuid(userId)) throw badInput('userId', 'invalidId');
    return this.meetings.write(
      actor,
      meetingId,
      async (tx, meeting) => {
        await this.protocol.requireUnfrozen(tx, meeting.id);
        if (userId && !(await this.records.hasRoleInArena(tx, userId, meeting.arenaId))) throw badInput('userId', 'notFound');
        const id = await this.records.addAttendee(tx, meeting.id, userId, name, organizationName, user.id);
        if (!id) throw badInput('userId', 'alreadyAttending');
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting_attendee',
          entityId: id,
          action: 'create',
          after: parsed.value,
        });
      },
      { accepts: HELD_OR_CLOSED, refusal: 'meetingNotInProgress' },
    );
  }

  async removeAttendee(actor: Actor, attendeeId: string): Promise<Meeting> {
    requireSignedIn(actor);
    if (!isUuid(attendeeId)) throw badInput('attendeeId', 'invalidId');
    const attendee = await this.records.attendeeById(attendeeId);
    if (!attendee) throw badInput('attendeeId', 'notFound');
    return this.meetings.write(
      actor,
      attendee.meetingId,
      async (tx, meeting) => {
        await this.protocol.requireUnfrozen(tx, meeting.id);
        await this.records.removeAttendee(tx, attendee.id);
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting_attendee',
          entityId: attendee.id,
          action: 'delete',
        });
      },
      { accepts: HELD_OR_CLOSED, refusal: 'meetingNotInProgress' },
    );
  }

  /** The minutes of an item (Markdown), written as the meeting goes and until the protocol is approved. */
  async setMinutes(actor: Actor, itemId: string, minutes: string): Promise<Meeting> {
    requireSignedIn(actor);
    const text = minutes.trim() || null;
    if (text && text.length > DECISION_LIMITS.minutesMax) throw badInput('minutes', 'tooLong', { max: DECISION_LIMITS.minutesMax });
    if (text?.includes('\u0000')) throw badInput('minutes', 'invalidCharacters');
    const item = await this.itemOf(itemId);
    return this.meetings.write(
      actor,
      item.meetingId,
      async (tx) => {
        await this.protocol.requireUnfrozen(tx, item.meetingId);
        await this.records.setMinutes(tx, item.id, text);
      },
      { accepts: HELD_OR_CLOSED, refusal: 'meetingNotInProgress' },
    );
  }

  async recordDecision(actor: Actor, input: DecisionInput): Promise<Meeting> {
    const user = requireSignedIn(actor);
    const { itemId, ...rest } = input;
    const parsed = validate(decisionSchema, rest);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const values = parsed.value;
    const item = await this.itemOf(itemId);
    return this.meetings.write(
      actor,
      item.meetingId,
      async (tx, meeting) => {
        const id = randomUUID();
        const reference = await this.reference(tx, meeting, item.id, id);
        let data: Record<string, unknown> = {};
        let objectId: string | null = null;
        if (values.kind === 'STATUS' || values.kind === 'PLANNING_STAGE') {
          objectId = values.objectId;
          if (!isUuid(objectId) || !(await this.itemObjectIds(item.id)).includes(objectId)) throw badInput('objectId', 'notOnItem');
          if (values.kind === 'STATUS') {
            const from = await this.triage.decideStatus(tx, actor, objectId, values.status as ObjectStatus, values.text, reference);
            data = { from, to: values.status };
          } else {
            const from = await this.facts.decidePlanningStage(tx, actor, objectId, values.planningStage, reference);
            data = { from, to: values.planningStage };
          }
        } else if (values.kind === 'ADOPT_PRIORITY_LIST') {
          const { meetingId, itemNumber } = reference;
          data = await this.priorities.adoptByDecision(tx, {
            arenaId: meeting.arenaId,
            meetingId,
            itemId: item.id,
            itemNumber,
            decisionId: id,
          });
        } else if (values.kind === 'ACTION_ITEM') {
          data = { owner: values.owner, dueDate: values.dueDate, done: false };
        }
        await this.records.insertDecision(tx, {
          id,
          meetingId: meeting.id,
          itemId: item.id,
          kind: values.kind,
          objectId,
          data,
          text: values.text ?? null,
          by: user.id,
        });
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting_decision',
          entityId: id,
          action: 'create',
          after: { ...values, ...data },
        });
      },
      { accepts: HELD, refusal: 'meetingNotInProgress' },
    );
  }

  /** A decision recorded by mistake, struck with a reason before the protocol is approved; an object it changed goes back. */
  async retractDecision(actor: Actor, decisionId: string, reason: string): Promise<Meeting> {
    const user = requireSignedIn(actor);
    if (!isUuid(decisionId)) throw badInput('decisionId', 'invalidId');
    const why = reason.trim();
    if (!why) throw badInput('reason', 'required');
    if (why.length > MAX_REASON_LENGTH) throw badInput('reason', 'tooLong', { max: MAX_REASON_LENGTH });
    const found = await this.records.decisionById(null, decisionId);
    if (!found) throw badInput('decisionId', 'notFound');
    return this.meetings.write(
      actor,
      found.meetingId,
      async (tx, meeting) => {
        await this.protocol.requireUnfrozen(tx, meeting.id);
        const decision = (await this.records.decisionById(tx, decisionId, true))!;
        if (decision.retractedAt) throw badInput('decisionId', 'alreadyRetracted');
        const reference = await this.reference(tx, meeting, decision.itemId, decision.id);
        const { from, to } = decision.data as { from?: string; to?: string };
        if (decision.kind === 'STATUS' && decision.objectId && from && to && from !== to)
          await this.triage.decideStatus(tx, actor, decision.objectId, from as ObjectStatus, why, reference, {
            expected: to as ObjectStatus,
          });
        if (decision.kind === 'PLANNING_STAGE' && decision.objectId && from && to && from !== to)
          await this.facts.decidePlanningStage(tx, actor, decision.objectId, from as PlanningStage, reference, {
            expected: to as PlanningStage,
          });
        // The version it adopted is withdrawn; its number is not reused.
        if (decision.kind === 'ADOPT_PRIORITY_LIST') await this.priorities.withdrawByDecision(tx, decision.id);
        await this.records.retract(tx, decision.id, user.id, why);
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting_decision',
          entityId: decision.id,
          action: 'retract',
          after: { reason: why },
        });
      },
      { accepts: HELD_OR_CLOSED, refusal: 'meetingNotInProgress' },
    );
  }

  private async itemOf(itemId: string) {
    if (!isUuid(itemId)) throw badInput('itemId', 'invalidId');
    const item = await this.meetingRows.itemById(null, itemId);
    if (!item) throw badInput('itemId', 'notFound');
    return item;
  }

  private async itemObjectIds(itemId: string): Promise<string[]> {
    return (await this.meetingRows.itemObjects([itemId])).map((row) => String(row.id));
  }

  /** How the object's history names the decision: the meeting, its date and the item's number. */
  private async reference(tx: EntityManager, meeting: MeetingRow, itemId: string, decisionId: string): Promise<DecisionReference> {
    const items = await this.meetingRows.items([meeting.id], tx);
    const numbered = plannedAgenda(meeting.startsAt, items).find((i) => i.id === itemId);
    return {
      decisionId,
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingStartsAt: new Date(meeting.startsAt).toISOString(),
      itemNumber: numbered?.number ?? '?',
    };
  }
}
