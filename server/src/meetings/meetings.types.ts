import { DECISION_KINDS, type DecisionKind, MEETING_STATUSES, type MeetingStatus, type PlanningStage } from '@flaskhals/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

import { ConnectionType } from '../common/graphql/pagination';
import { InfrastructureObject, ObjectStatusEnum, PlanningStageEnum } from '../objects/infrastructure-object.entity';

export const MeetingStatusEnum = Object.fromEntries(MEETING_STATUSES.map((s) => [s, s])) as { [K in MeetingStatus]: K };
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'PLANNED → IN_PROGRESS → CLOSED, or PLANNED → CANCELLED (shared/src/meetings.ts)',
});

export enum MeetingPeriod {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(MeetingPeriod, { name: 'MeetingPeriod', description: 'Meetings not yet ended (soonest first), or ended (latest first)' });

export enum AgendaDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(AgendaDirection, { name: 'AgendaDirection' });

@ObjectType()
export class AgendaItem {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'The item this is a sub-item of' }) parentId: string | null;
  @Field({ description: 'Its number in reading order: "2", "2.1"' }) number: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Markdown' }) description: string | null;
  @Field(() => Int) durationMinutes: number;
  @Field(() => String, { nullable: true, description: 'The minutes of the item (Markdown), written during and after the meeting' })
  minutes: string | null;
  @Field(() => Date, { nullable: true }) minutesUpdatedAt: Date | null;
  /** The minutes rendered once for many readers (live mode); AgendaItem.minutesHtml renders it otherwise. */
  minutesHtml?: string | null;
  @Field({ description: "Planned start, from the meeting's start and the durations before it" }) plannedStart: Date;
  @Field() plannedEnd: Date;
  @Field(() => [InfrastructureObject], { description: 'The objects the item is about, in the order staff gave' })
  objects: InfrastructureObject[];
}

@ObjectType()
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => ID) arenaId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Markdown' }) description: string | null;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true, description: 'https link to join online' }) onlineUrl: string | null;
  @Field(() => Int, { nullable: true, description: 'Seats, if limited' }) capacity: number | null;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled' }) cancelReason: string | null;
  @Field() updatedAt: Date;
}

export const MeetingConnection = ConnectionType(Meeting, 'Meeting');

@InputType()
export class MeetingInput {
  @Field() title: string;
  @Field({ description: 'ISO 8601 with an offset, e.g. 2027-02-22T09:00:00+01:00' }) startsAt: string;
  @Field({ description: 'ISO 8601 with an offset, after startsAt' }) endsAt: string;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'https only' }) onlineUrl?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
}

@InputType()
export class AgendaItemInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int) durationMinutes: number;
  @Field(() => [ID], { nullable: true, description: 'Objects of the arena the item is about (at most 20)' }) objectIds?: string[] | null;
}

export const DecisionKindEnum = Object.fromEntries(DECISION_KINDS.map((k) => [k, k])) as { [K in DecisionKind]: K };
registerEnumType(DecisionKindEnum, {
  name: 'DecisionKind',
  description:
    'STATUS and PLANNING_STAGE change an object when recorded; ACTION_ITEM gives someone a task; STATEMENT is a decision in words; ADOPT_PRIORITY_LIST freezes the working priority list as the next adopted version',
});

@ObjectType()
export class MeetingAttendee {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: "The person's account, when one of the arena's people" }) userId: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organizationName: string | null;
}

@ObjectType()
export class MeetingDecision {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The agenda item it was decided under' }) itemId: string;
  @Field(() => DecisionKindEnum) kind: DecisionKind;
  @Field(() => ID, { nullable: true }) objectId: string | null;
  @Field(() => String, { nullable: true }) objectName: string | null;
  @Field(() => GraphQLJSON, { description: 'STATUS, PLANNING_STAGE: {from, to}; ACTION_ITEM: {owner, dueDate, done}' })
  data: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: 'The wording' }) text: string | null;
  @Field() recordedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Set when the decision was retracted (recorded by mistake)' }) retractedAt: Date | null;
  @Field(() => String, { nullable: true }) retractReason: string | null;
}

@InputType()
export class AttendeeInput {
  @Field(() => ID, { nullable: true, description: "One of the arena's people; or give a name" }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'A guest without an account' }) name?: string | null;
  @Field(() => String, { nullable: true }) organizationName?: string | null;
}

@InputType()
export class DecisionInput {
  @Field(() => ID) itemId: string;
  @Field(() => DecisionKindEnum) kind: DecisionKind;
  @Field(() => ID, { nullable: true, description: 'STATUS, PLANNING_STAGE: one of the objects of the item' }) objectId?: string | null;
  @Field(() => ObjectStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => PlanningStageEnum, { nullable: true }) planningStage?: PlanningStage | null;
  @Field(() => String, { nullable: true, description: 'The wording (required for ACTION_ITEM and STATEMENT)' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'ACTION_ITEM: who does it' }) owner?: string | null;
  @Field(() => String, { nullable: true, description: 'ACTION_ITEM: by when (YYYY-MM-DD)' }) dueDate?: string | null;
}

@ObjectType()
export class RegistrationSummary {
  @Field(() => Int, { description: 'Registered with a seat (all who registered, when seats are not limited)' }) registered: number;
  @Field(() => Int, { description: 'On the waiting list' }) waiting: number;
  @Field({ description: 'Whether one may register or cancel now: planned and not begun' }) open: boolean;
  @Field(() => Int, { nullable: true, description: "The reader's place in the order of registration; null when not registered" })
  myPlace: number | null;
  @Field(() => Int, { nullable: true, description: "The reader's position on the waiting list; null with a seat or not registered" })
  myWaitingPosition: number | null;
}

@ObjectType()
export class MeetingRegistrant {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field() registeredAt: Date;
  @Field(() => Int, { nullable: true, description: 'Null with a seat' }) waitingPosition: number | null;
}
