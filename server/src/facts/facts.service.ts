import {
  correctObjectSchema,
  type DecisionReference,
  objectPlanningSchema,
  planningDetailsOf,
  type PlanningStage,
  validate,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, requireAccess, requireSignedIn } from '../access';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { HistoryService } from '../history';
import { municipalityIndex } from '../municipalities';
import { ObjectsService } from '../objects';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { FactsRepository, type LockedFacts } from './facts.repository';
import type { CorrectObjectInput, SetObjectPlanningInput } from './facts.types';
import { corrected, type FactChange, factChanges, planningChanges, type PlanningFacts } from './object-correction';

/**
 * The object's facts as the secretariat keeps them: corrections of what the reporter entered
 * (with municipalities from the position) and the planning. Each change is one transaction with
 * its audit entry and a history event everyone who sees the object may read; an input that
 * changes nothing writes nothing.
 */
@Injectable()
export class FactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly facts: FactsRepository,
    private readonly objects: ObjectsService,
    private readonly history: HistoryService,
    private readonly audit: AuditService,
  ) {}

  async correctObject(actor: Actor, raw: CorrectObjectInput): Promise<InfrastructureObject> {
    requireSignedIn(actor);
    const parsed = validate(correctObjectSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const input = parsed.value;
    input.municipalityCodes?.forEach((code, i) => {
      if (!municipalityIndex.find(code)) throw badInput(`municipalityCodes.${i}`, 'unknownMunicipality');
    });
    await this.db.transaction(async (tx) => {
      const current = await this.lockForTriage(tx, actor, input.objectId);
      const next = corrected(current, input);
      const changes = factChanges(current, next);
      if (!changes.length) return;
      await this.facts.update(tx, current.id, next);
      // The audit log (staff only) keeps the geometries themselves, so a redrawn object can be put back.
      const geometry = changes.some((c) => c.field === 'geometry') ? { from: current.geometry, to: next.geometry } : null;
      await this.recorded(tx, actor, current, 'FIELDS_CHANGED', 'correct', changes, geometry);
    });
    return (await this.objects.findById(actor, input.objectId))!;
  }

  async setPlanning(actor: Actor, raw: SetObjectPlanningInput): Promise<InfrastructureObject> {
    requireSignedIn(actor);
    const parsed = validate(objectPlanningSchema, raw);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const { objectId, ...planning } = parsed.value;
    await this.db.transaction(async (tx) => {
      const current = await this.lockForTriage(tx, actor, objectId);
      const before: PlanningFacts = { stage: current.planningStage, ...planningDetailsOf(current.planning) };
      const changes = planningChanges(before, planning);
      if (!changes.length) return;
      await this.facts.setPlanning(tx, objectId, planning);
      await this.recorded(tx, actor, current, 'PLANNING_CHANGED', 'planning', changes);
    });
    return (await this.objects.findById(actor, objectId))!;
  }

  /**
   * A meeting's decision on an object's planning stage, inside the meeting's transaction; the rest
   * of its planning stays. With `revert` (a decision retracted) only while the object still has
   * the stage the decision gave it. Answers the stage the object had.
   */
  async decidePlanningStage(
    tx: EntityManager,
    actor: Actor,
    objectId: string,
    stage: PlanningStage,
    decision: DecisionReference,
    revert?: { expected: PlanningStage },
  ): Promise<PlanningStage> {
    const current = await this.lockForTriage(tx, actor, objectId);
    if (revert && current.planningStage !== revert.expected) throw badInput('decisionId', 'changedSince', { name: current.name });
    if (current.planningStage === stage) return stage;
    await this.facts.setPlanning(tx, objectId, { ...planningDetailsOf(current.planning), stage });
    await this.history.record(tx, actor, [
      {
        arenaId: current.arenaId,
        objectId,
        kind: 'PLANNING_CHANGED',
        visibility: 'PUBLIC',
        data: { from: current.planningStage, to: stage, decision },
      },
    ]);
    await this.audit.record(tx, actor, {
      arenaId: current.arenaId,
      entity: 'object',
      entityId: objectId,
      action: 'planning',
      before: { planningStage: current.planningStage },
      after: { planningStage: stage, decisionId: decision.decisionId },
    });
    return current.planningStage;
  }

  /** The object locked for the change, in an arena where the actor is staff; an unknown id is "not found". */
  private async lockForTriage(tx: EntityManager, actor: Actor, objectId: string): Promise<LockedFacts> {
    const current = await this.facts.lock(tx, objectId);
    if (!current) throw badInput('objectId', 'notFound');
    requireAccess(actor, current.arenaId, 'triage');
    return current;
  }

  /** The change's history event (public: the facts are the object's own) and its audit entry. */
  private async recorded(
    tx: EntityManager,
    actor: Actor,
    object: LockedFacts,
    kind: 'FIELDS_CHANGED' | 'PLANNING_CHANGED',
    action: string,
    changes: FactChange[],
    geometry: { from: unknown; to: unknown } | null = null,
  ): Promise<void> {
    await this.history.record(tx, actor, [{ arenaId: object.arenaId, objectId: object.id, kind, visibility: 'PUBLIC', data: { changes } }]);
    await this.audit.record(tx, actor, {
      arenaId: object.arenaId,
      entity: 'object',
      entityId: object.id,
      action,
      before: { ...Object.fromEntries(changes.map((c) => [c.field, c.from ?? null])), ...(geometry && { geometry: geometry.from }) },
      after: { ...Object.fromEntries(changes.map((c) => [c.field, c.to ?? null])), ...(geometry && { geometry: geometry.to }) },
    });
  }
}
