import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Organization } from './organization.entity';

export function createOrganizationLoader(db: DataSource): DataLoader<string, Organization> {
  return new DataLoader(async (ids) => {
    const rows = await db.getRepository(Organization).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? new Error(`Organization ${id} not found`));
  });
}
