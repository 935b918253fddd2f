import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { LoaderRegistry } from '../graphql-context';
import { Arena } from './arena.entity';

declare module '../graphql-context' {
  interface Loaders {
    arena: DataLoader<string, Arena>;
  }
}

@Injectable()
export class ArenaLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      arena: () =>
        new DataLoader(async (ids) => {
          const rows = await this.db.getRepository(Arena).findBy({ id: In([...ids]) });
          return ids.map((id) => rows.find((a) => a.id === id) ?? new Error(`Arena ${id} not found`));
        }),
    });
  }
}
