import { randomUUID } from 'node:crypto';
import { boundingBox, type Geometry, type NewObjectInput } from '@flaskhals/shared';
import type { EntityManager } from 'typeorm';
import { toPgBox } from './geo-distance';
import { InfrastructureObject } from './infrastructure-object.entity';

/** What the search text of an object is made of: lower-cased so LIKE and trigrams ignore case. */
export function searchTextOf(o: { name: string; municipality?: string | null; externalRefs?: string[] }): string {
  return [o.name, o.municipality ?? '', ...(o.externalRefs ?? [])].join(' ').toLowerCase();
}

/** Inserts an object with its derived bbox and search text; also used by the demo seed. */
export async function insertObject(
  tx: EntityManager,
  arenaId: string,
  input: NewObjectInput & { status: InfrastructureObject['status'] },
  id: string = randomUUID(),
): Promise<InfrastructureObject> {
  const repo = tx.getRepository(InfrastructureObject);
  const object = repo.create({
    id,
    arenaId,
    name: input.name,
    kind: input.kind,
    description: input.description ?? null,
    geometry: input.geometry as Geometry,
    bbox: toPgBox(boundingBox(input.geometry as Geometry)),
    modes: input.modes,
    responsibleBody: input.responsibleBody ?? null,
    municipality: input.municipality ?? null,
    externalRefs: input.externalRefs ?? [],
    status: input.status,
    searchText: searchTextOf(input),
  });
  // TypeORM's deep-partial type does not fit the GeoJSON type; the entity itself is what is inserted.
  await repo.insert(object as never);
  // As a read would return it: the derived columns are not part of the object.
  const { bbox: _bbox, searchText: _searchText, ...read } = object;
  return Object.assign(new InfrastructureObject(), read);
}
