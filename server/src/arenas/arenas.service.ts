import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { z } from 'zod';

import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { badInput } from '../common/graphql/errors';
import { Arena } from './arena.entity';

const uuid = z.uuid();

@Injectable()
export class ArenasService {
  /** Arenas are never deleted: one found once need not be looked up on every map request again. */
  private readonly known = new Set<string>();

  constructor(
    @InjectRepository(Arena) private readonly arenas: Repository<Arena>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  findBySlug(slug: string | null | undefined): Promise<Arena | null> {
    return this.arenas.findOneBy({ slug: slug ?? this.config.defaultArenaSlug });
  }

  /** The arena a query is about: the given id, or the installation's default arena. */
  async resolveArenaId(arenaId: string | null | undefined, field = 'arenaId'): Promise<string> {
    if (arenaId) {
      if (!uuid.safeParse(arenaId).success) throw badInput(field, 'invalidId');
      if (this.known.has(arenaId)) return arenaId;
      if (!(await this.arenas.existsBy({ id: arenaId }))) throw badInput(field, 'notFound');
      this.known.add(arenaId);
      return arenaId;
    }
    const fallback = await this.findBySlug(null);
    if (!fallback) throw badInput(field, 'required');
    return fallback.id;
  }
}
