import type { ArenaRole } from '@flaskhals/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ArenaRoleEnum } from '../access';
import { Arena } from '../arenas/arena.entity';
import { User } from '../auth/user.entity';
import { Organization } from '../organizations/organization.entity';

export enum InvitationState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationState, { name: 'InvitationState' });

/** An e-mailed offer of a role in an arena, for a person of one organization. The link carries the token. */
@ObjectType()
@Entity('invitation')
@Index('invitation_arena_created_idx', ['arenaId', 'createdAt'])
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => ArenaRoleEnum)
  @Column({ type: 'varchar', length: 20 })
  role: ArenaRole;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @ManyToOne(() => Arena, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'invitation_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'invitation_organization_id_fkey' })
  organization?: Organization;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitation_invited_by_fkey' })
  inviter?: User;

  @Field(() => InvitationState)
  get state(): InvitationState {
    if (this.acceptedAt) return InvitationState.ACCEPTED;
    if (this.revokedAt) return InvitationState.REVOKED;
    if (this.expiresAt.getTime() <= Date.now()) return InvitationState.EXPIRED;
    return InvitationState.PENDING;
  }
}
