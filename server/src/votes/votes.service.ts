import {
  type BallotEntry,
  ballotErrors,
  canChangeVoteRound,
  tallyVotes,
  VOTE_LIMITS,
  voteResultsVisible,
  type VoteRoundStatus,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Actor, forbidden, hasPermission, requireAccess, requireSignedIn } from '../access';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type VoteRoundRow, VotesRepository } from './votes.repository';
import type { BallotEntryInput, VoteBallot, VoteRound, VoteRoundInput } from './votes.types';

/**
 * Vote rounds in a meeting. Staff (manageMeetings) create a round on an agenda item, set weights
 * (before it opens) and proxies (before or while open), open and close it. Each member
 * organization of the arena has one ballot, cast by any of its people with the MEMBER role (the
 * `vote` permission) or, when handed over, by a person of the proxy organization; it can be changed
 * until the round closes. Every write touches the meeting row in its transaction, so the meeting's
 * trigger announces it to everyone following the meeting live.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly votes: VotesRepository,
    private readonly audit: AuditService,
  ) {}

  /** The rounds of a meeting the actor may read (an unreadable meeting gives none). */
  async roundsOf(actor: Actor, meetingId: string): Promise<VoteRound[]> {
    if (!isUuid(meetingId)) throw badInput('meetingId', 'invalidId');
    const rows = await this.votes.roundsOfMeeting(meetingId);
    return rows.length && hasPermission(actor, rows[0].arenaId, 'readMembersAudience') ? this.views(rows) : [];
  }

  /**
   * The rounds of a meeting as every reader sees them: results only where voteResultsVisible says
   * so. Read once per change for the meeting's live state, and for the protocol. Not access-checked.
   */
  async shared(meetingId: string): Promise<VoteRound[]> {
    return this.views(await this.votes.roundsOfMeeting(meetingId));
  }

  /**
   * The objects of the arena's latest closed round in the order its tally ranked them (empty when
   * there is none). A closed round's result is seen by everyone who reads the meeting; the priority
   * list uses it for its proposal, which staff make. Not access-checked: callers do.
   */
  async latestClosedOrder(arenaId: string): Promise<string[]> {
    const row = await this.votes.latestClosedOfArena(arenaId);
    if (!row) return [];
    const [view] = await this.views([row]);
    return view.results?.rows.map((r) => r.objectId) ?? [];
  }

  async round(actor: Actor, id: string): Promise<VoteRound | null> {
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const row = await this.votes.round(id);
    if (!row || !hasPermission(actor, row.arenaId, 'readMembersAudience')) return null;
    return (await this.views([row]))[0];
  }

  /** The ballots the reader may cast in the round: their organization's own and any handed to it. Per reader, never shared. */
  async myBallots(actor: Actor, round: VoteRound): Promise<VoteBallot[]> {
    if (!actor.user) return [];
    const row = await this.votes.round(round.id);
    if (!row || !hasPermission(actor, row.arenaId, 'vote')) return [];
    const own = actor.user.organizationId;
    const handed = round.proxies.filter((p) => p.toOrganizationId === own).map((p) => p.fromOrganizationId);
    return this.votes.ballots([round.id], [own, ...handed]);
  }

  async create(actor: Actor, input: VoteRoundInput): Promise<VoteRound> {
    const user = requireSignedIn(actor);
    if (!isUuid(input.itemId)) throw badInput('itemId', 'invalidId');
    const title = input.title.trim();
    if (!title) throw badInput('title', 'required');
    if (title.length > VOTE_LIMITS.titleMax) throw badInput('title', 'tooLong', { max: VOTE_LIMITS.titleMax });
    const points = input.method === 'DOT' ? (input.pointsPerOrganization ?? VOTE_LIMITS.defaultPoints) : 0;
    if (!Number.isInteger(points) || points < (input.method === 'DOT' ? 1 : 0))
      throw badInput('pointsPerOrganization', 'tooSmall', { min: 1 });
    if (points > VOTE_LIMITS.pointsMax) throw badInput('pointsPerOrganization', 'tooLarge', { max: VOTE_LIMITS.pointsMax });
    const perObject = input.method === 'DOT' ? (input.maxPointsPerObject ?? points) : 0;
    if (input.method === 'DOT' && (perObject < 1 || perObject > points))
      throw badInput('maxPointsPerObject', perObject < 1 ? 'tooSmall' : 'tooLarge', { min: 1, max: points });
    const id = await this.votes.transaction(async (tx) => {
      const meeting = await this.votes.meetingOfItem(tx, input.itemId);
      if (!meeting || !hasPermission(actor, meeting.arenaId, 'readMembersAudience')) throw badInput('itemId', 'notFound');
      requireAccess(actor, meeting.arenaId, 'manageMeetings');
      if (meeting.status !== 'PLANNED' && meeting.status !== 'IN_PROGRESS') throw badInput('itemId', 'meetingNotEditable');
      if ((await this.votes.countOfMeeting(tx, meeting.id)) >= VOTE_LIMITS.roundsPerMeeting)
        throw badInput('itemId', 'tooMany', { max: VOTE_LIMITS.roundsPerMeeting });
      const objectIds = input.objectIds?.length ? input.objectIds : await this.votes.itemObjectIds(tx, input.itemId);
      if (!objectIds.length) throw badInput('objectIds', 'noObjects');
      if (objectIds.length > VOTE_LIMITS.objectsMax) throw badInput('objectIds', 'tooMany', { max: VOTE_LIMITS.objectsMax });
      const bad = objectIds.findIndex((o) => !isUuid(o));
      if (bad >= 0) throw badInput(`objectIds.${bad}`, 'invalidId');
      if (new Set(objectIds).size !== objectIds.length) throw badInput('objectIds', 'duplicateIds');
      const known = await this.votes.objectsOfArena(tx, meeting.arenaId, objectIds);
      const missing = objectIds.findIndex((o) => !known.has(o));
      if (missing >= 0) throw badInput(`objectIds.${missing}`, 'notFound');
      const created = await this.votes.insertRound(tx, {
        meetingId: meeting.id,
        itemId: input.itemId,
        title,
        method: input.method,
        resultsMode: input.resultsMode,
        pointsPerOrganization: points,
        maxPointsPerObject: perObject,
        objectIds,
        by: user.id,
      });
      await this.audit.record(tx, actor, {
        arenaId: meeting.arenaId,
        entity: 'vote_round',
        entityId: created,
        action: 'create',
        after: { ...input, title, objectIds },
      });
      await this.votes.touchMeeting(tx, meeting.id);
      return created;
    });
    return (await this.views([(await this.votes.round(id))!]))[0];
  }

  async changeStatus(actor: Actor, roundId: string, to: VoteRoundStatus): Promise<VoteRound> {
    return this.staffWrite(actor, roundId, async (tx, round) => {
      if (!canChangeVoteRound(round.status, to)) throw badInput('roundId', 'voteTransitionNotAllowed', { from: round.status, to });
      if (to === 'OPEN' && round.meetingStatus !== 'IN_PROGRESS') throw badInput('roundId', 'meetingNotInProgress');
      if (round.protocolApprovedAt) throw badInput('roundId', 'protocolApproved');
      await this.votes.setStatus(tx, round.id, to);
      await this.audit.record(tx, actor, {
        arenaId: round.arenaId,
        entity: 'vote_round',
        entityId: round.id,
        action: 'status',
        before: { status: round.status },
        after: { status: to },
      });
    });
  }

  /** A weight other than 1 for an organization's ballot, set before the round opens. */
  async setWeight(actor: Actor, roundId: string, organizationId: string, weight: number): Promise<VoteRound> {
    if (!isUuid(organizationId)) throw badInput('organizationId', 'invalidId');
    if (!Number.isFinite(weight) || weight < 0) throw badInput('weight', 'negative');
    if (weight > VOTE_LIMITS.weightMax) throw badInput('weight', 'tooLarge', { max: VOTE_LIMITS.weightMax });
    return this.staffWrite(actor, roundId, async (tx, round) => {
      if (round.status !== 'DRAFT') throw badInput('roundId', 'voteRoundNotDraft');
      if (!(await this.votes.memberOrganizations(tx, round.arenaId, [organizationId])).size) throw badInput('organizationId', 'notMember');
      const rounded = Math.round(weight * 100) / 100;
      await this.votes.setWeight(tx, round.id, organizationId, rounded);
      await this.audit.record(tx, actor, {
        arenaId: round.arenaId,
        entity: 'vote_round',
        entityId: round.id,
        action: 'weight',
        after: { organizationId, weight: rounded },
      });
    });
  }

  /** An organization hands its ballot to another for the round (or takes it back: `to` null); before or while open. */
  async setProxy(actor: Actor, roundId: string, from: string, to: string | null | undefined): Promise<VoteRound> {
    if (!isUuid(from)) throw badInput('fromOrganizationId', 'invalidId');
    if (to && !isUuid(to)) throw badInput('toOrganizationId', 'invalidId');
    if (to === from) throw badInput('toOrganizationId', 'sameObject');
    const user = requireSignedIn(actor);
    return this.staffWrite(actor, roundId, async (tx, round) => {
      if (round.status === 'CLOSED') throw badInput('roundId', 'voteRoundClosed');
      const members = await this.votes.memberOrganizations(tx, round.arenaId, to ? [from, to] : [from]);
      if (!members.has(from)) throw badInput('fromOrganizationId', 'notMember');
      if (to && !members.has(to)) throw badInput('toOrganizationId', 'notMember');
      if (to) {
        const proxies = await this.votes.proxies([round.id], tx);
        // One step only: whoever holds a ballot votes it themselves; a chain would hide who decided.
        if (proxies.some((p) => p.fromOrganizationId === to)) throw badInput('toOrganizationId', 'proxyChain');
        if (proxies.some((p) => p.toOrganizationId === from)) throw badInput('fromOrganizationId', 'proxyChain');
      }
      await this.votes.setProxy(tx, round.id, from, to ?? null, user.id);
      await this.audit.record(tx, actor, {
        arenaId: round.arenaId,
        entity: 'vote_round',
        entityId: round.id,
        action: 'proxy',
        after: { from, to: to ?? null },
      });
    });
  }

  /**
   * An organization's ballot, cast or changed while the round is open. The round is read FOR SHARE
   * so a close waits for the ballot (or the ballot sees the close); the upsert on the unique key
   * makes a double submit one ballot.
   */
  async castBallot(actor: Actor, roundId: string, organizationId: string, input: BallotEntryInput[]): Promise<VoteRound> {
    const user = requireSignedIn(actor);
    if (!isUuid(roundId)) throw badInput('roundId', 'invalidId');
    if (!isUuid(organizationId)) throw badInput('organizationId', 'invalidId');
    const entries: BallotEntry[] = input.map((e) => ({ objectId: e.objectId, value: e.value }));
    const found = await this.votes.round(roundId);
    if (!found || !hasPermission(actor, found.arenaId, 'readMembersAudience')) throw badInput('roundId', 'notFound');
    await this.votes.transaction(async (tx) => {
      // The round first, the meeting's row last (as staff writes of a round), so the two never
      // deadlock and ballots queue on the meeting's row only from the touch to the commit.
      const round = (await this.votes.round(roundId, tx, 'FOR SHARE OF r'))!;
      requireAccess(actor, round.arenaId, 'vote');
      if (round.status !== 'OPEN' || round.meetingStatus !== 'IN_PROGRESS')
        throw badInput('roundId', round.status === 'CLOSED' ? 'voteRoundClosed' : 'voteRoundNotOpen');
      const [members, proxies] = await Promise.all([
        this.votes.memberOrganizations(tx, round.arenaId, [organizationId, user.organizationId]),
        this.votes.proxies([round.id], tx),
      ]);
      if (!members.has(organizationId) || !members.has(user.organizationId)) throw badInput('organizationId', 'noVoteForOrganization');
      const handedTo = proxies.find((p) => p.fromOrganizationId === organizationId)?.toOrganizationId;
      if (organizationId === user.organizationId && handedTo) throw badInput('organizationId', 'ballotHandedOver');
      if (organizationId !== user.organizationId && handedTo !== user.organizationId)
        throw badInput('organizationId', 'noVoteForOrganization');
      const objects = await this.votes.roundObjects([round.id], tx);
      const errors = ballotErrors({ ...round, objectIds: objects.map((o) => o.id) }, entries);
      if (errors.length) throw new BadUserInputError(errors);
      await this.votes.upsertBallot(tx, round.id, organizationId, entries, user);
      await this.audit.record(tx, actor, {
        arenaId: round.arenaId,
        entity: 'vote_ballot',
        entityId: round.id,
        action: 'cast',
        after: { organizationId },
      });
      await this.votes.touchMeeting(tx, round.meetingId);
    });
    return (await this.round(actor, roundId))!;
  }

  /** A staff change of a round: the round locked first, the meeting's row touched last (the order of ballots too). */
  private async staffWrite(actor: Actor, roundId: string, change: (tx: EntityManager, round: VoteRoundRow) => Promise<void>) {
    requireSignedIn(actor);
    if (!isUuid(roundId)) throw badInput('roundId', 'invalidId');
    const found = await this.votes.round(roundId);
    if (!found || !hasPermission(actor, found.arenaId, 'readMembersAudience')) throw badInput('roundId', 'notFound');
    if (!hasPermission(actor, found.arenaId, 'manageMeetings')) throw forbidden();
    await this.votes.transaction(async (tx) => {
      const round = (await this.votes.round(roundId, tx, 'FOR UPDATE OF r'))!;
      if (round.status === 'CLOSED') throw badInput('roundId', 'voteRoundClosed');
      await change(tx, round);
      await this.votes.touchMeeting(tx, round.meetingId);
    });
    return (await this.round(actor, roundId))!;
  }

  /** The rounds as read by everyone: objects, weights, proxies, ballot counts, and the tally where it may be seen. */
  private async views(rows: VoteRoundRow[]): Promise<VoteRound[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const visible = rows.filter(voteResultsVisible).map((r) => r.id);
    const [objects, weights, proxies, counts, ballots] = await Promise.all([
      this.votes.roundObjects(ids),
      this.votes.weights(ids),
      this.votes.proxies(ids),
      this.votes.ballotCounts(ids),
      this.votes.ballots(visible),
    ]);
    return rows.map((row) => {
      const own = objects.filter((o) => o.roundId === row.id);
      const roundWeights = weights.filter((w) => w.roundId === row.id);
      let results: VoteRound['results'] = null;
      if (visible.includes(row.id)) {
        const names = new Map(own.map((o) => [o.id, o.name]));
        const tally = tallyVotes(
          { ...row, objectIds: own.map((o) => o.id) },
          ballots.filter((b) => b.roundId === row.id),
          new Map(roundWeights.map((w) => [w.organizationId, w.weight])),
        );
        results = { ...tally, rows: tally.rows.map((r) => ({ ...r, objectName: names.get(r.objectId) ?? '' })) };
      }
      return {
        ...row,
        objects: own.map(({ id, name }) => ({ id, name })),
        weights: roundWeights,
        proxies: proxies.filter((p) => p.roundId === row.id),
        ballotCount: counts.get(row.id) ?? 0,
        results,
      };
    });
  }
}
