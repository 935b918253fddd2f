import type { FourStepClass, NetworkRef } from '@flaskhals/shared';
import type { EntityManager } from 'typeorm';

/**
 * The secretariat's judgements on some demo objects (severity and strategic fit 0–5, the four-step
 * class) and two roads on the prioritised freight network, so that scores differ visibly and a
 * newcomer sees both judged criteria and "ej bedömd" in an object's score.
 */
const JUDGEMENTS: Record<
  string,
  { severity?: number; strategicFit?: number; fourStepClass?: FourStepClass; stepsOneTwoExamined?: boolean; freightRoad?: string }
> = {
  'vasteras-hamn': { severity: 4, strategicFit: 5, fourStepClass: 'REBUILD', stepsOneTwoExamined: true },
  'kopings-hamn': { severity: 3, strategicFit: 4, fourStepClass: 'OPTIMISE' },
  'malarbanan-vasteras-koping': { severity: 5, strategicFit: 5, fourStepClass: 'BUILD_NEW', stepsOneTwoExamined: true },
  'e18-enkoping-arboga': { severity: 4, strategicFit: 3, fourStepClass: 'REBUILD', freightRoad: 'E18' },
  'rv56-vasteras-sala-heby': { severity: 2, strategicFit: 3, fourStepClass: 'OPTIMISE', freightRoad: 'väg 56' },
  'plankorsning-munktorp': { severity: 5, strategicFit: 2, fourStepClass: 'REBUILD' },
  'stockholm-arlanda': { severity: 1, strategicFit: 1, fourStepClass: 'BUILD_NEW' },
  'vasteras-kombiterminal': { severity: 3, fourStepClass: 'OPTIMISE' },
};

export async function seedDemoJudgements(tx: EntityManager, arenaId: string, objects: { key: string; name: string }[]): Promise<void> {
  for (const { key, name } of objects) {
    const judgement = JUDGEMENTS[key];
    if (!judgement) continue;
    const { freightRoad, ...planning } = judgement;
    const refs: NetworkRef[] = freightRoad ? [{ type: 'ROAD', road: freightRoad, freightPriority: true }] : [];
    await tx.query(
      `UPDATE infrastructure_object SET planning = planning || $3::jsonb,
         network_refs = CASE WHEN $4::jsonb = '[]'::jsonb THEN network_refs ELSE $4::jsonb END
       WHERE arena_id = $1 AND name = $2`,
      [arenaId, name, JSON.stringify(planning), JSON.stringify(refs)],
    );
  }
}
