import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { LoaderRegistry } from '../graphql-context';
import { Report } from './report.entity';
import { Support } from './support.entity';

declare module '../graphql-context' {
  interface Loaders {
    /** All reports of each object, oldest first (an object has few; the resolver pages them). */
    reportsByObject: DataLoader<string, Report[]>;
    supportsByReport: DataLoader<string, Support[]>;
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

@Injectable()
export class ReportLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      reportsByObject: () =>
        new DataLoader(async (objectIds) => {
          const rows = await this.db
            .getRepository(Report)
            .find({ where: { objectId: In([...objectIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
          const groups = groupBy(rows, (r) => r.objectId);
          return objectIds.map((id) => groups.get(id) ?? []);
        }),
      supportsByReport: () =>
        new DataLoader(async (reportIds) => {
          const rows = await this.db
            .getRepository(Support)
            .find({ where: { reportId: In([...reportIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
          const groups = groupBy(rows, (s) => s.reportId);
          return reportIds.map((id) => groups.get(id) ?? []);
        }),
    });
  }
}
