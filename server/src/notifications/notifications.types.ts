import {
  EMAIL_FREQUENCIES,
  type EmailFrequency,
  NOTIFICATION_REASONS,
  type NotificationReason,
  type ObjectKind,
  type ObjectStatus,
  type ReportCategory,
} from '@flaskhals/shared';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

import { enumObject } from '../common/graphql/enums';
import { ConnectionType } from '../common/graphql/pagination';
import { ObjectEvent } from '../history/object-event.entity';
import { ReportCategoryEnum } from '../objects';
import { ObjectKindEnum, ObjectStatusEnum } from '../objects/infrastructure-object.entity';

export const NotificationReasonEnum = enumObject(NOTIFICATION_REASONS);
registerEnumType(NotificationReasonEnum, {
  name: 'NotificationReason',
  description:
    'RECEIPT: your own report arrived; MENTIONED: named in a comment; FOLLOWING: an object you follow; NEW_REPORT: staff are told of every new report; AREA_ALERT: a new object in an area you watch',
});
export const EmailFrequencyEnum = enumObject(EMAIL_FREQUENCIES);
registerEnumType(EmailFrequencyEnum, {
  name: 'EmailFrequency',
  description:
    'IMMEDIATE: every notification at once; DAILY: receipts and mentions at once, the rest in a digest at 07:00; NONE: no e-mail',
});

/** An object as a notification or the follow list names it. */
@ObjectType()
export class NotifiedObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ObjectKindEnum)
  kind: ObjectKind;

  @Field(() => ObjectStatusEnum)
  status: ObjectStatus;

  @Field(() => ID)
  arenaId: string;

  @Field({ description: 'The arena of the object, for a link to its map' })
  arenaSlug: string;

  @Field()
  arenaName: string;
}

@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationReasonEnum)
  reason: NotificationReason;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;

  @Field(() => NotifiedObject)
  object: NotifiedObject;

  @Field(() => ObjectEvent, { description: 'What happened (as in the object’s timeline)' })
  event: ObjectEvent;
}
export const NotificationConnection = ConnectionType(Notification, 'Notification');

@ObjectType()
export class FollowedObject {
  @Field(() => NotifiedObject)
  object: NotifiedObject;

  @Field()
  followedAt: Date;
}
export const FollowedObjectConnection = ConnectionType(FollowedObject, 'FollowedObject');

@ObjectType()
export class NotificationSettings {
  @Field(() => EmailFrequencyEnum)
  emailFrequency: EmailFrequency;
}

@ObjectType()
export class AreaAlert {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  arenaId: string;

  @Field()
  name: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The watched area: a GeoJSON Polygon in WGS84' })
  area: Record<string, unknown> | null;

  @Field(() => [String], { description: 'Municipalities by name (matched against objects’ municipality)' })
  municipalities: string[];

  @Field(() => [ReportCategoryEnum], { description: 'Only new objects whose first report has one of these categories; empty: any' })
  categories: ReportCategory[];

  @Field(() => [ObjectKindEnum], { description: 'Only new objects of these kinds; empty: any' })
  kinds: ObjectKind[];

  @Field()
  createdAt: Date;
}

@InputType()
export class AreaAlertInput {
  @Field(() => ID)
  arenaId: string;

  @Field()
  name: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'A GeoJSON Polygon; give an area, municipalities or both' })
  area?: unknown;

  @Field(() => [String], { nullable: true })
  municipalities?: string[] | null;

  @Field(() => [ReportCategoryEnum], { nullable: true })
  categories?: string[] | null;

  @Field(() => [ObjectKindEnum], { nullable: true })
  kinds?: string[] | null;
}
export const AreaAlertConnection = ConnectionType(AreaAlert, 'AreaAlert');
