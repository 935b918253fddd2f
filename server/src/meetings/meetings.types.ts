import { MEETING_STATUSES, type MeetingStatus } from '@flaskhals/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionType } from '../common/graphql/pagination';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';

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
