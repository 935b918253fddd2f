import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { ImpactColumns } from '../objects';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { Organization } from '../organizations/organization.entity';
import { Report } from './report.entity';

/** Another organization joining a report ("we are affected too") with its own figures. */
@ObjectType()
@Entity('support')
@Index('support_report_organization_key', ['reportId', 'organizationId'], { unique: true })
@Index('support_object_idx', ['objectId'])
export class Support extends ImpactColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  /** Copied from the report so an object's totals need no join. */
  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Field(() => ID)
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'support_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'object_id', foreignKeyConstraintName: 'support_object_id_fkey' })
  object?: InfrastructureObject;

  @ManyToOne(() => Report)
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'support_report_id_fkey' })
  report?: Report;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'support_organization_id_fkey' })
  organization?: Organization;
}
