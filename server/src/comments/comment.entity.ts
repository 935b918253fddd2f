import type { ReportVisibility } from '@flaskhals/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { User } from '../auth/user.entity';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { Organization } from '../organizations/organization.entity';
import { ReportVisibilityEnum } from '../reports/report.entity';

/**
 * A comment on an object, in Markdown. Shown as `bodyHtml`, rendered and sanitised on the server
 * (comment-markdown.ts); its visibility uses the tiers of reports (access/visibility.ts).
 */
@ObjectType()
@Entity('comment')
@Index('comment_object_idx', ['objectId', 'createdAt', 'id'])
@Index('comment_search_document_idx', { synchronize: false })
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Field(() => ID)
  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The Markdown source; the GraphQL field of the same name says who reads it. */
  @Column({ type: 'text' })
  body: string;

  @Field(() => ReportVisibilityEnum)
  @Column({ type: 'varchar', length: 20, default: 'MEMBERS' })
  visibility: ReportVisibility;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the author last edited it (within the edit window)' })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the secretariat hid it' })
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why the secretariat hid it: shown to everyone who sees the comment' })
  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  /** Filled by the service for the reader: */
  @Field(() => String, { nullable: true, description: "The author's name, for the arena's members and staff" })
  authorName?: string | null;

  @Field({ description: "The author's organization" })
  organizationName?: string;

  @Field(() => String, { nullable: true, description: 'The comment rendered and sanitised (null when hidden, except for staff)' })
  bodyHtml?: string | null;

  @Field(() => String, { nullable: true, description: 'The Markdown source, to whoever sees bodyHtml' })
  markdown?: string | null;

  @Field({ description: 'Hidden by the secretariat: others see only hiddenReason' })
  hidden?: boolean;

  @Field({ description: 'The reader wrote it and may still edit it (15 minutes after posting)' })
  canEdit?: boolean;

  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'comment_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'object_id', foreignKeyConstraintName: 'comment_object_id_fkey' })
  object?: InfrastructureObject;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comment_author_id_fkey' })
  author?: User;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'comment_organization_id_fkey' })
  organization?: Organization;

  /** The arena search's Swedish full text of the body; kept by a trigger (migration 1766000100000). */
  @Column({ name: 'search_document', type: 'tsvector', select: false, insert: false, update: false })
  searchDocument?: string;
}

/** A person a comment mentions: they are told (notifications), and must be able to see the comment. */
@Entity('comment_mention')
@Index('comment_mention_user_idx', ['userId'])
export class CommentMention {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'comment_mention_pkey' })
  commentId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'comment_mention_pkey' })
  userId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_mention_comment_id_fkey' })
  comment?: Comment;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'comment_mention_user_id_fkey' })
  user?: User;
}
