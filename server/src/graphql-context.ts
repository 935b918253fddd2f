import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { Actor } from './auth/actor';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Arena } from './arenas/arena.entity';
import { createOrganizationLoader } from './organizations/organization.loader';
import { createReportsByObjectLoader, createSupportsByReportLoader } from './reports/report.loaders';

/** DataLoaders are made fresh for every request, so batching never leaks data between requests. */
@Injectable()
export class LoadersFactory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  create() {
    return {
      organization: createOrganizationLoader(this.db),
      arenasOfOrganization: new DataLoader<string, string[]>(async (ids) => {
        const rows: { organization_id: string; arena_id: string }[] = await this.db.query(`SELECT organization_id, arena_id FROM arena_membership WHERE organization_id = ANY($1::uuid[])`, [ids]);
        return ids.map((id) => rows.filter((r) => r.organization_id === id).map((r) => r.arena_id));
      }),
      arena: new DataLoader<string, Arena>(async (ids) => {
        const rows = await this.db.getRepository(Arena).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((a) => a.id === id) ?? new Error(`Arena ${id} not found`));
      }),
      reportsByObject: createReportsByObjectLoader(this.db),
      supportsByReport: createSupportsByReportLoader(this.db),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;

export interface GraphQLContext {
  req: Request;
  res: Response;
  /** Who is asking, resolved from the session cookie by actorMiddleware. */
  actor: Actor;
  loaders: Loaders;
}
