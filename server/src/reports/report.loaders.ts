import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Report } from './report.entity';
import { Support } from './support.entity';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** All reports of each object, oldest first (an object has few; the resolver pages them). */
export function createReportsByObjectLoader(db: DataSource): DataLoader<string, Report[]> {
  return new DataLoader(async (objectIds) => {
    const rows = await db.getRepository(Report).find({ where: { objectId: In([...objectIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (r) => r.objectId);
    return objectIds.map((id) => groups.get(id) ?? []);
  });
}

export function createSupportsByReportLoader(db: DataSource): DataLoader<string, Support[]> {
  return new DataLoader(async (reportIds) => {
    const rows = await db.getRepository(Support).find({ where: { reportId: In([...reportIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (s) => s.reportId);
    return reportIds.map((id) => groups.get(id) ?? []);
  });
}
