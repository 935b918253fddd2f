import type { ArenaRole } from '@flaskhals/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { User } from './user.entity';

/** A user's role in one arena; no row means no access beyond what the arena publishes. */
@Entity('user_arena_role')
@Index('user_arena_role_arena_idx', ['arenaId'])
export class UserArenaRole {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Column({ type: 'varchar', length: 20 })
  role: ArenaRole;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_arena_role_user_id_fkey' })
  user?: User;

  @ManyToOne(() => Arena, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'user_arena_role_arena_id_fkey' })
  arena?: Arena;
}
