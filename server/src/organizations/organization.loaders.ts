import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { LoaderRegistry } from '../graphql-context';
import { Organization } from './organization.entity';

declare module '../graphql-context' {
  interface Loaders {
    organization: DataLoader<string, Organization>;
    /** The arenas an organization is a member of. */
    arenasOfOrganization: DataLoader<string, string[]>;
  }
}

@Injectable()
export class OrganizationLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      organization: () =>
        new DataLoader(async (ids) => {
          const rows = await this.db.getRepository(Organization).findBy({ id: In([...ids]) });
          const byId = new Map(rows.map((o) => [o.id, o]));
          return ids.map((id) => byId.get(id) ?? new Error(`Organization ${id} not found`));
        }),
      arenasOfOrganization: () =>
        new DataLoader(async (ids) => {
          const rows: { organization_id: string; arena_id: string }[] = await this.db.query(
            `SELECT organization_id, arena_id FROM arena_membership WHERE organization_id = ANY($1::uuid[])`,
            [ids],
          );
          return ids.map((id) => rows.filter((r) => r.organization_id === id).map((r) => r.arena_id));
        }),
    });
  }
}
