import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write: who did what to which entity, with the values before and after. Never changed. */
@ObjectType()
@Entity('audit_entry')
@Index('audit_entry_arena_at_idx', ['arenaId', 'at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'arena_id', type: 'uuid', nullable: true })
  arenaId: string | null;

  @Field()
  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'Name and e-mail of the user at the time' })
  @Column({ name: 'user_label', type: 'varchar', length: 500, nullable: true })
  userLabel: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  // Not columns: the object an entry concerns (the object itself, or the report's or support's), for a link by name.
  @Field(() => ID, { nullable: true, description: 'The infrastructure object the entry concerns, if any' })
  objectId?: string | null;

  @Field(() => String, { nullable: true, description: "That object's name now" })
  objectName?: string | null;
}
