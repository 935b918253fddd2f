import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { Organization } from './organization.entity';

/** An organization's membership in one arena: who may report and support there. */
@Entity('arena_membership')
@Index('arena_membership_organization_idx', ['organizationId'])
export class ArenaMembership {
  @PrimaryColumn({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  @ManyToOne(() => Arena, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'arena_membership_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'arena_membership_organization_id_fkey' })
  organization?: Organization;
}
