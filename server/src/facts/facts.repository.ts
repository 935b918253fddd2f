import { boundingBox, type ObjectPlanningDetails, type PlanningStage } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { query, type Sql, sql } from '../common/database/sql';
import { searchTextOf, toPgBox } from '../objects';
import type { ObjectFacts, PlanningFacts } from './object-correction';

export interface LockedFacts extends ObjectFacts {
  id: string;
  arenaId: string;
  planningStage: PlanningStage;
  planning: Partial<ObjectPlanningDetails>;
}

/** The facts' SQL: an object locked for a correction, and its corrected facts written with their derived columns. */
export const factsStatements = {
  lock(id: string): Sql {
    return sql`SELECT o.id, o.arena_id AS "arenaId", o.name, o.kind, o.description, o.geometry, o.modes, o.responsible_body AS "responsibleBody",
        o.municipality, o.municipality_codes AS "municipalityCodes", o.municipality_by_hand AS "municipalityByHand",
        o.external_refs AS "externalRefs", o.network_refs AS "networkRefs", o.planning_stage AS "planningStage", o.planning
      FROM infrastructure_object o WHERE o.id = ${id} FOR UPDATE`;
  },

  /** The corrected facts, with bbox and search text derived exactly as a new object's (objects.repository.ts insert). */
  update(id: string, f: ObjectFacts): Sql {
    return sql`UPDATE infrastructure_object SET name = ${f.name}, kind = ${f.kind}, description = ${f.description},
        geometry = ${JSON.stringify(f.geometry)}::jsonb, bbox = ${toPgBox(boundingBox(f.geometry))}::box, modes = ${f.modes}::varchar[],
        responsible_body = ${f.responsibleBody}, municipality = ${f.municipality}, municipality_codes = ${f.municipalityCodes}::varchar[],
        municipality_by_hand = ${f.municipalityByHand}, external_refs = ${f.externalRefs}::varchar[],
        network_refs = ${JSON.stringify(f.networkRefs)}::jsonb, search_text = ${searchTextOf(f)}, updated_at = now()
      WHERE id = ${id}`;
  },

  setPlanning(id: string, { stage, ...details }: PlanningFacts): Sql {
    return sql`UPDATE infrastructure_object SET planning_stage = ${stage}, planning = ${JSON.stringify(details)}::jsonb, updated_at = now()
      WHERE id = ${id}`;
  },
};

@Injectable()
export class FactsRepository {
  async lock(tx: EntityManager, id: string): Promise<LockedFacts | null> {
    const [row] = await query<LockedFacts>(tx, factsStatements.lock(id));
    return row ?? null;
  }

  async update(tx: EntityManager, id: string, facts: ObjectFacts): Promise<void> {
    await query(tx, factsStatements.update(id, facts));
  }

  async setPlanning(tx: EntityManager, id: string, planning: PlanningFacts): Promise<void> {
    await query(tx, factsStatements.setPlanning(id, planning));
  }
}
