import {
  blendVoteOrder,
  DEFAULT_PRIORITY_LIST_SIZE,
  isInPlan,
  MAX_PRIORITY_LIST_SIZE,
  MAX_PRIORITY_REASON_LENGTH,
  moveTo,
  type PlanningStage,
  priorityMovements,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, type Audience, audienceOf, requireAccess } from '../access';
import { ArenasService } from '../arenas';
import { AuditService } from '../audit';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { objectFromRow } from '../objects';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { ScoringService } from '../scoring';
import { VotesService } from '../votes';
import { PrioritiesRepository, type PriorityVersionRow } from './priorities.repository';
import type {
  EditPriorityListInput,
  ObjectPriorityRank,
  PriorityEntry,
  PriorityListChange,
  PriorityListVersion,
  WorkingPriorityList,
} from './priorities.types';

/** Where a meeting decision adopting the list was recorded (meetings/meeting-records.service.ts). */
export interface AdoptionReference {
  arenaId: string;
  meetingId: string;
  itemId: string;
  itemNumber: string;
  decisionId: string;
}

/**
 * The arena's priority list. Staff keep a working list: proposed from the score ranking (the top
 * `size` active objects), then objects moved, added and removed, each change kept with who, when
 * and why. A meeting adopts it by a decision (ADOPT_PRIORITY_LIST): the working list is frozen as
 * the next numbered version in the decision's own transaction; retracting the decision before the
 * protocol is approved withdraws that version (its number is not reused, and the movements of the
 * next version are measured from the one before it). Adopted versions are read by everyone; a
 * visitor sees only published objects (the others' places are kept, their object is null) and the
 * public figures, like everywhere else.
 */
@Injectable()
export class PrioritiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly priorities: PrioritiesRepository,
    private readonly arenas: ArenasService,
    private readonly scoring: ScoringService,
    private readonly votes: VotesService,
    private readonly audit: AuditService,
  ) {}

  /** Members, observers and staff read the working list; staff change it. */
  async workingList(actor: Actor, arenaId: string | null | undefined): Promise<WorkingPriorityList> {
    const id = await this.arenas.resolveArenaId(arenaId);
    requireAccess(actor, id, 'readMembersAudience');
    const ids = await this.priorities.entries(null, id);
    const objects = await this.objects('members', ids);
    return {
      arenaId: id,
      size: (await this.priorities.size(id)) ?? DEFAULT_PRIORITY_LIST_SIZE,
      entries: ids.map((objectId, i) => this.entry(i + 1, objects.get(objectId) ?? null, null, 0)),
    };
  }

  async changes(
    actor: Actor,
    arenaId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<PriorityListChange>> {
    const id = await this.arenas.resolveArenaId(arenaId);
    requireAccess(actor, id, 'readMembersAudience');
    const size = pageSize(first);
    const { rows, total } = await this.priorities.changes(id, size + 1, decodeTimeCursor(after));
    const objects = await this.objects(
      'members',
      rows.flatMap((r) => (r.objectId ? [r.objectId] : [])),
    );
    const nodes = rows.map((r) => ({
      ...r,
      kind: r.kind as PriorityListChange['kind'],
      object: r.objectId ? (objects.get(r.objectId)?.object ?? null) : null,
    }));
    const cursors = new Map(rows.map((r) => [r.id, r.cursorAt]));
    return toConnection(nodes, size, total, (n) => [cursors.get(n.id), n.id]);
  }

  /** Staff: replace the working list by the top `size` of the score ranking (the size is kept for the next time). */
  async propose(
    actor: Actor,
    arenaId: string,
    size: number | null | undefined,
    reason: string | null | undefined,
  ): Promise<WorkingPriorityList> {
    const id = await this.arenas.resolveArenaId(arenaId);
    const user = requireAccess(actor, id, 'managePriorities');
    if (size != null && (!Number.isInteger(size) || size < 1 || size > MAX_PRIORITY_LIST_SIZE))
      throw badInput('size', size < 1 ? 'tooSmall' : 'tooLarge', { min: 1, max: MAX_PRIORITY_LIST_SIZE });
    const why = this.reason(reason, false);
    await this.db.transaction(async (tx) => {
      const listSize = size ?? (await this.priorities.lockList(tx, id));
      if (size != null) await this.priorities.lockList(tx, id);
      if (size != null) await this.priorities.setSize(tx, id, size);
      const ranking = await this.scoring.ranking(actor, id, null, listSize, null);
      // From scores and votes: the latest closed vote orders the objects it was about (blendVoteOrder).
      const voteOrder = await this.votes.latestClosedOrder(id);
      const proposal = blendVoteOrder(
        ranking.edges.map((e) => String(e.node.object.id)),
        voteOrder,
      ).slice(0, listSize);
      const before = await this.priorities.entries(tx, id);
      await this.priorities.replaceEntries(tx, id, proposal);
      await this.priorities.insertChange(tx, {
        arenaId: id,
        kind: 'PROPOSED',
        objectId: null,
        fromRank: null,
        toRank: listSize,
        reason: why,
        by: user.id,
      });
      await this.audit.record(tx, actor, {
        arenaId: id,
        entity: 'priority_list',
        entityId: id,
        action: 'propose',
        before: { objectIds: before },
        after: { objectIds: proposal, size: listSize },
      });
    });
    return this.workingList(actor, id);
  }

  /** Staff: add, move or remove one object, with a reason. */
  async edit(actor: Actor, input: EditPriorityListInput): Promise<WorkingPriorityList> {
    const id = await this.arenas.resolveArenaId(input.arenaId);
    const user = requireAccess(actor, id, 'managePriorities');
    const why = this.reason(input.reason, true)!;
    if (!isUuid(input.objectId)) throw badInput('objectId', 'invalidId');
    if (input.toRank != null && (!Number.isInteger(input.toRank) || input.toRank < 1)) throw badInput('toRank', 'tooSmall', { min: 1 });
    if (!(await this.priorities.objectsOfArena(id, [input.objectId])).has(input.objectId)) throw badInput('objectId', 'notFound');
    await this.db.transaction(async (tx) => {
      await this.priorities.lockList(tx, id);
      const list = await this.priorities.entries(tx, id);
      const from = list.indexOf(input.objectId) + 1 || null;
      let next: string[];
      if (input.edit === 'REMOVE') {
        if (!from) throw badInput('objectId', 'notOnList');
        next = list.filter((o) => o !== input.objectId);
      } else if (input.edit === 'ADD') {
        if (from) throw badInput('objectId', 'alreadyOnList');
        if (list.length >= MAX_PRIORITY_LIST_SIZE) throw badInput('objectId', 'listFull', { max: MAX_PRIORITY_LIST_SIZE });
        next = moveTo(list, input.objectId, input.toRank ?? list.length + 1);
      } else {
        if (!from) throw badInput('objectId', 'notOnList');
        if (input.toRank == null) throw badInput('toRank', 'required');
        next = moveTo(list, input.objectId, input.toRank);
      }
      const to = next.indexOf(input.objectId) + 1 || null;
      await this.priorities.replaceEntries(tx, id, next);
      const kind = input.edit === 'ADD' ? 'ADDED' : input.edit === 'REMOVE' ? 'REMOVED' : 'MOVED';
      await this.priorities.insertChange(tx, {
        arenaId: id,
        kind,
        objectId: input.objectId,
        fromRank: from,
        toRank: to,
        reason: why,
        by: user.id,
      });
      await this.audit.record(tx, actor, {
        arenaId: id,
        entity: 'priority_list',
        entityId: id,
        action: kind.toLowerCase(),
        after: { objectId: input.objectId, fromRank: from, toRank: to, reason: why },
      });
    });
    return this.workingList(actor, id);
  }

  /**
   * Applies a decision ADOPT_PRIORITY_LIST, inside the decision's transaction: the working list
   * becomes the next numbered version. An empty list cannot be adopted.
   */
  async adoptByDecision(tx: EntityManager, reference: AdoptionReference): Promise<{ versionNumber: number; objectCount: number }> {
    await this.priorities.lockList(tx, reference.arenaId);
    const list = await this.priorities.entries(tx, reference.arenaId);
    if (list.length === 0) throw badInput('kind', 'emptyPriorityList');
    const version = await this.priorities.insertVersion(tx, reference);
    return { versionNumber: version.number, objectCount: list.length };
  }

  /** The retraction of an adopting decision withdraws its version, in the retraction's transaction. */
  withdrawByDecision(tx: EntityManager, decisionId: string): Promise<number | null> {
    return this.priorities.withdrawVersion(tx, decisionId);
  }

  /** The adopted versions, newest first, each with its movements since the one before. Everyone may read them. */
  async adoptedVersions(
    actor: Actor,
    arenaId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<PriorityListVersion>> {
    const id = await this.arenas.resolveArenaId(arenaId);
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const before = cursor ? Number(cursor[0]) : null;
    if (before != null && !Number.isInteger(before)) throw badInput('after', 'invalidCursor');
    // One more than the page: the last version's movements are measured from the one after it.
    const rows = await this.priorities.versions(id, size + 2, before);
    const nodes = await this.withMovements(audienceOf(actor, id), rows, rows.length === size + 2);
    return toConnection(nodes.slice(0, size + 1), size, await this.priorities.versionCount(id), (v) => [v.number]);
  }

  /** The latest adopted version (or the one numbered), found by arena id or slug (the public page and widget know the slug). */
  async adoptedVersion(
    actor: Actor,
    arena: { arenaId?: string | null; arenaSlug?: string | null },
    number: number | null | undefined,
  ): Promise<PriorityListVersion | null> {
    let id: string;
    if (arena.arenaSlug) {
      const found = await this.arenas.findBySlug(arena.arenaSlug);
      if (!found) throw badInput('arenaSlug', 'notFound');
      id = found.id;
    } else id = await this.arenas.resolveArenaId(arena.arenaId);
    const latest = number == null ? (await this.priorities.versions(id, 1, null))[0] : await this.priorities.versionByNumber(id, number);
    if (!latest) return null;
    const previous = (await this.priorities.versions(id, 1, latest.number))[0];
    const [version] = await this.withMovements(audienceOf(actor, id), previous ? [latest, previous] : [latest], Boolean(previous));
    return version;
  }

  /** An object's place on every adopted version of its arena (the chart "rank over time"); the reader already sees the object. */
  async ranksOf(object: InfrastructureObject): Promise<ObjectPriorityRank[]> {
    const rows = await this.priorities.objectRanks(String(object.id));
    return rows.map((r) => ({ versionNumber: r.number, adoptedAt: r.adoptedAt, rank: r.rank }));
  }

  /**
   * Versions newest first, each with its movements from the next row (the older version); when
   * `lastOnlyForMovements`, the last row serves only the one before it and is not answered.
   */
  private async withMovements(
    audience: Audience,
    rows: PriorityVersionRow[],
    lastOnlyForMovements: boolean,
  ): Promise<PriorityListVersion[]> {
    if (rows.length === 0) return [];
    const entries = await this.priorities.versionEntries(rows.map((r) => r.id));
    const objects = await this.objects(audience, [...new Set([...entries.values()].flat())]);
    return rows.slice(0, lastOnlyForMovements ? -1 : undefined).map((row, i) => {
      const previous = rows[i + 1] ?? null;
      const current = entries.get(row.id)!;
      const before = previous ? entries.get(previous.id)! : null;
      const { onList, out } = priorityMovements(before, current);
      return {
        ...row,
        previousNumber: previous?.number ?? null,
        entries: current.map((objectId, r) => {
          const movement = onList.get(objectId)!;
          return this.entry(r + 1, objects.get(objectId) ?? null, movement.kind, movement.steps);
        }),
        out: out.map((objectId) => this.entry(before!.indexOf(objectId) + 1, objects.get(objectId) ?? null, 'OUT', 0)),
      };
    });
  }

  private entry(rank: number, object: ObjectSeen | null, movement: PriorityEntry['movement'], steps: number): PriorityEntry {
    return { rank, object: object?.visible ? object.object : null, inPlan: isInPlan(object?.planningStage), movement, steps };
  }

  /** Objects as the audience sees them; a visitor does not see an object without a public report. */
  private async objects(audience: Audience, ids: string[]): Promise<Map<string, ObjectSeen>> {
    if (ids.length === 0) return new Map();
    const rows = await this.priorities.objects(audience, ids);
    return new Map(
      rows.map((row) => [
        String(row.id),
        {
          object: objectFromRow(row),
          visible: audience === 'members' || row.published === true,
          planningStage: row.planningStage as PlanningStage,
        },
      ]),
    );
  }

  private reason(reason: string | null | undefined, required: boolean): string | null {
    const why = reason?.trim() ?? '';
    if (!why && required) throw badInput('reason', 'required');
    if (why.length > MAX_PRIORITY_REASON_LENGTH) throw badInput('reason', 'tooLong', { max: MAX_PRIORITY_REASON_LENGTH });
    return why || null;
  }
}

interface ObjectSeen {
  object: InfrastructureObject;
  visible: boolean;
  planningStage: PlanningStage;
}
