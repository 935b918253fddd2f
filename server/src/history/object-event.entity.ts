import { EVENT_VISIBILITIES, type EventVisibility, OBJECT_EVENT_KINDS, type ObjectEventKind } from '@flaskhals/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { User } from '../auth/user.entity';
import { enumObject } from '../common/graphql/enums';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { Organization } from '../organizations/organization.entity';
import { Report } from '../reports/report.entity';

export const ObjectEventKindEnum = enumObject(OBJECT_EVENT_KINDS);
registerEnumType(ObjectEventKindEnum, { name: 'ObjectEventKind' });
export const EventVisibilityEnum = enumObject(EVENT_VISIBILITIES);
registerEnumType(EventVisibilityEnum, { name: 'EventVisibility' });

/**
 * One entry of an object's history: a report, support or withdrawal, a status, fact or planning
 * change, a comment, a merge. Written in the transaction of the change it records; never changed.
 * `data` holds what the kind needs to be told in words (docs/workflow.md lists them).
 */
@ObjectType('ObjectEvent')
@Entity('object_event')
@Index('object_event_object_idx', { synchronize: false })
@Index('object_event_arena_idx', { synchronize: false })
@Index('object_event_report_idx', { synchronize: false })
export class ObjectEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Field(() => ID)
  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Field(() => ObjectEventKindEnum)
  @Column({ type: 'varchar', length: 40 })
  kind: ObjectEventKind;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization that acted, or the report concerned belongs to' })
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId: string | null;

  @Field({ description: 'Done by the arena staff (shown as "the secretariat" to those who do not see names)' })
  @Column({ name: 'by_staff', type: 'boolean', default: false })
  byStaff: boolean;

  @Field(() => EventVisibilityEnum)
  @Column({ type: 'varchar', length: 20 })
  visibility: EventVisibility;

  @Field(() => GraphQLJSON, {
    description: 'What the kind needs to be told: {from, to, reason} of a status change, {changes} of a correction, …',
  })
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  /** The acting person's name, for readers who may see it (staff, and the person's own organization). */
  @Field(() => String, { nullable: true })
  personName?: string | null;

  @Field(() => String, { nullable: true, description: "The acting or concerned organization's name" })
  organizationName?: string | null;

  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'object_event_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'object_id', foreignKeyConstraintName: 'object_event_object_id_fkey' })
  object?: InfrastructureObject;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'object_event_user_id_fkey' })
  user?: User;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'object_event_organization_id_fkey' })
  organization?: Organization;

  @ManyToOne(() => Report)
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'object_event_report_id_fkey' })
  report?: Report;
}
