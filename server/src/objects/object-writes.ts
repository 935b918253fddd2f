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
): Promise<InfrastructureObject> {
  const repo = tx.getRepository(InfrastructureObject);
  const saved = await repo.save(
    repo.create({
      arenaId,
      name: input.name,
      kind: input.kind,
      description: input.description,
      geometry: input.geometry as Geometry,
      bbox: toPgBox(boundingBox(input.geometry as Geometry)),
      modes: input.modes,
      responsibleBody: input.responsibleBody,
      municipality: input.municipality,
      externalRefs: input.externalRefs,
      status: input.status,
      searchText: searchTextOf(input),
    }),
  );
  return repo.findOneByOrFail({ id: saved.id });
}
