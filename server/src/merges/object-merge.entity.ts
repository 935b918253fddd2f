import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { User } from '../auth/user.entity';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';

/**
 * One merge of a duplicate object into the kept one: which rows it moved (their ids per table, see
 * movers.ts) and the duplicate's status before, so an undo puts exactly those back.
 */
@ObjectType('ObjectMerge')
@Entity('object_merge')
@Index('object_merge_kept_idx', ['keptId', 'mergedAt'])
@Index('object_merge_duplicate_idx', ['duplicateId', 'mergedAt'])
export class ObjectMerge {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Field(() => ID, { description: 'The object that stays, with everything moved to it' })
  @Column({ name: 'kept_id', type: 'uuid' })
  keptId: string;

  @Field(() => ID, { description: 'The object that became DUPLICATE' })
  @Column({ name: 'duplicate_id', type: 'uuid' })
  duplicateId: string;

  @Column({ name: 'duplicate_status', type: 'varchar', length: 20 })
  duplicateStatus: string;

  @Column({ name: 'duplicate_previous_status', type: 'varchar', length: 20, nullable: true })
  duplicatePreviousStatus: string | null;

  /** Ids of the moved rows per table: {"report": [...], "support": [...]}. */
  @Column({ type: 'jsonb', default: {} })
  moved: Record<string, string[]>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'merged_by', type: 'uuid', nullable: true })
  mergedBy: string | null;

  @Field()
  @Column({ name: 'merged_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  mergedAt: Date;

  @Column({ name: 'undone_by', type: 'uuid', nullable: true })
  undoneBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  // The foreign keys of the migration, declared so the entities and the database agree.
  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'object_merge_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'kept_id', foreignKeyConstraintName: 'object_merge_kept_id_fkey' })
  kept?: InfrastructureObject;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'duplicate_id', foreignKeyConstraintName: 'object_merge_duplicate_id_fkey' })
  duplicate?: InfrastructureObject;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_by', foreignKeyConstraintName: 'object_merge_merged_by_fkey' })
  mergedByUser?: User;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'undone_by', foreignKeyConstraintName: 'object_merge_undone_by_fkey' })
  undoneByUser?: User;

  // Not columns: filled in by MergesService for the reader (staff).
  @Field({ description: "The kept object's name" })
  keptName?: string;

  @Field({ description: "The duplicate's name" })
  duplicateName?: string;

  @Field(() => String, { nullable: true, description: 'Who merged' })
  mergedByName?: string | null;

  @Field(() => Int, { description: 'Reports the merge moved' })
  movedReports?: number;

  @Field(() => Int, { description: 'Supports the merge moved' })
  movedSupports?: number;

  @Field({ description: 'Whether undoMerge would succeed now: nothing newer depends on the merge' })
  canUndo?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it cannot be undone: alreadyUndone, newerMerge, notDuplicate or rowsMovedSince (shared/src/merge.ts)',
  })
  undoBlockedBy?: string | null;
}
