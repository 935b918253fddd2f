import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { User } from '../auth/user.entity';
import { Comment } from '../comments/comment.entity';
import { Organization } from '../organizations/organization.entity';
import { Report } from '../reports/report.entity';

/**
 * A photo (re-encoded, location removed unless kept) or a PDF attached to a report or a comment.
 * Its bytes are in PostgreSQL; `url` and `thumbnailUrl` serve them to those who may see the item.
 */
@ObjectType()
@Entity('attachment')
@Check('attachment_one_owner', '(report_id IS NULL) <> (comment_id IS NULL)')
@Index('attachment_report_idx', { synchronize: false }) // partial: WHERE report_id IS NOT NULL (see the migration)
@Index('attachment_comment_idx', { synchronize: false }) // partial: WHERE comment_id IS NOT NULL
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId: string | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  filename: string;

  @Field({ description: 'image/jpeg, image/png, image/webp or application/pdf, as read from the content' })
  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType: string;

  @Field(() => Int, { description: 'Bytes, as stored (images after re-encoding)' })
  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ type: 'bytea', nullable: true, select: false })
  thumbnail?: Buffer | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'attachment_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'attachment_report_id_fkey' })
  report?: Report;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'attachment_comment_id_fkey' })
  comment?: Comment;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'attachment_uploaded_by_fkey' })
  uploader?: User;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'attachment_organization_id_fkey' })
  organization?: Organization;
}
