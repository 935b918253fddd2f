import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * PENDING: not tried yet. RETRYING: a send failed, another attempt is due at nextAttemptAt.
 * SENT: the SMTP server accepted it. LOGGED: no SMTP_URL was configured, so it was printed to the
 * log instead and stays here for admins to read (it is not sent later when SMTP is configured).
 */
export enum OutboxStatusEnum {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  SENT = 'SENT',
  LOGGED = 'LOGGED',
}
export type OutboxStatus = `${OutboxStatusEnum}`;
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxStatus',
  description:
    'PENDING: not tried yet; RETRYING: a send failed and will be retried; SENT: accepted by the SMTP server; LOGGED: printed to the log because no SMTP server is configured',
});

/**
 * An email, written in the transaction of the change that caused it and sent afterwards by the
 * OutboxWorker. Rows are never deleted by the worker: a failed send stays here with its error.
 */
@ObjectType('OutboxMessage')
@Entity('email_outbox')
@Index('email_outbox_due_idx', { synchronize: false }) // partial index on next_attempt_at, see the migration
@Index('email_outbox_created_idx', ['createdAt', 'id'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for mail outside any arena, such as a password reset. No foreign key: the record outlives its arena. */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'arena_id', type: 'uuid', nullable: true })
  arenaId: string | null;

  @Field({ description: 'Recipient address' })
  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  to: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Field({ description: 'Plain-text body' })
  @Column({ name: 'text_body', type: 'text' })
  text: string;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  html: string | null;

  @Field({ description: "Why it was sent, e.g. 'invitation' or 'password-reset'" })
  @Column({ type: 'varchar', length: 40 })
  purpose: string;

  @Field(() => OutboxStatusEnum)
  @Column({ type: 'varchar', length: 20, default: 'PENDING' })
  status: OutboxStatus;

  @Field(() => Int, { description: 'SMTP attempts made so far' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the worker may try (again); meaningful while PENDING or RETRYING' })
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Error of the last failed attempt' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Lease of the worker that claimed the row; another worker may take it over once it has passed. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
