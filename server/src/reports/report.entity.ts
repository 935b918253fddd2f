import { type ReportCategory, type ReportVisibility } from '@flaskhals/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { ImpactColumns, ReportCategoryEnum } from '../objects';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { Organization } from '../organizations/organization.entity';
import { ReportVisibilityEnum } from './report-enums';

export { ReportCategoryEnum, ReportVisibilityEnum };

/** One organization's statement that an object is a bottleneck, with what it costs them. */
@ObjectType()
@Entity('report')
@Index('report_object_idx', ['objectId', 'createdAt'])
@Index('report_arena_category_idx', ['arenaId', 'category'])
// The dashboard's reports per month (migration 1766000300000: INCLUDE columns, written in SQL).
@Index('report_arena_created_idx', { synchronize: false })
@Index('report_search_document_idx', { synchronize: false })
export class Report extends ImpactColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Field(() => ID)
  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  problem: string;

  @Field(() => ReportCategoryEnum)
  @Column({ type: 'varchar', length: 30 })
  category: ReportCategory;

  @Field(() => String, { nullable: true })
  @Column({ name: 'proposed_measure', type: 'text', nullable: true })
  proposedMeasure: string | null;

  @Field(() => ReportVisibilityEnum)
  @Column({ type: 'varchar', length: 20, default: 'MEMBERS' })
  visibility: ReportVisibility;

  @Field(() => Date, { nullable: true, description: 'Set when the organization withdrew the report; it no longer counts' })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'report_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'object_id', foreignKeyConstraintName: 'report_object_id_fkey' })
  object?: InfrastructureObject;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'report_organization_id_fkey' })
  organization?: Organization;

  /** The arena search's Swedish full text (title, problem, measure); kept by a trigger (migration 1766000100000). */
  @Column({ name: 'search_document', type: 'tsvector', select: false, insert: false, update: false })
  searchDocument?: string;
}
