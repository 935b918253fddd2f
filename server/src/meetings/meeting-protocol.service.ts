import { allAdjustersApproved, can, canReadProtocol, PROTOCOL_LIMITS, type ProtocolStage } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, forbidden, hasPermission, requireAccess, requireSignedIn } from '../access';
import { ArenasService } from '../arenas';
import { AuditService } from '../audit';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { type AdjusterRow, MeetingProtocolRepository, type ProtocolStateRow } from './meeting-protocol.repository';
import { MeetingsService } from './meetings.service';
import type { Meeting } from './meetings.types';

export interface ProtocolView {
  meetingId: string;
  stage: ProtocolStage;
  approvedAt: Date | null;
  public: boolean;
  adjusters: AdjusterRow[];
  /** Whether the reader is a named adjuster who may approve now. */
  canApprove: boolean;
  /** Whether the reader may read (and download) the protocol now. */
  readable: boolean;
}

export type ProtocolReader = 'staff' | 'member' | 'public';

/**
 * The protocol after the meeting: staff name one or two adjusters (justerare) among the arena's
 * people; after the meeting is closed each of them approves, and when all have the protocol is
 * frozen — minutes, attendance and decisions can no longer change — and published to the arena's
 * people, and to the public if staff chose so. Every approval and choice is in the audit log.
 */
@Injectable()
export class MeetingProtocolService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly protocols: MeetingProtocolRepository,
    private readonly meetings: MeetingsService,
    private readonly arenas: ArenasService,
    private readonly audit: AuditService,
  ) {}

  /** The protocol's state as the reader of the meeting sees it. */
  async view(actor: Actor, meeting: Pick<Meeting, 'id'>): Promise<ProtocolView> {
    const state = (await this.protocols.state(meeting.id))!;
    const adjusters = await this.protocols.adjusters([meeting.id]);
    const userId = actor.user?.id;
    return {
      meetingId: meeting.id,
      stage: state.approvedAt ? 'APPROVED' : 'DRAFT',
      approvedAt: state.approvedAt,
      public: state.public,
      adjusters,
      canApprove: !state.approvedAt && state.status === 'CLOSED' && adjusters.some((a) => a.userId === userId && !a.approvedAt),
      readable: readerOf(actor, state) !== null,
    };
  }

  /** Staff name the adjusters (one or two of the arena's people), until the protocol is approved; approvals so far start over. */
  async setAdjusters(actor: Actor, meetingId: string, userIds: string[]): Promise<Meeting> {
    const user = requireSignedIn(actor);
    if (userIds.length > PROTOCOL_LIMITS.adjustersMax) throw badInput('userIds', 'tooMany', { max: PROTOCOL_LIMITS.adjustersMax });
    const bad = userIds.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw badInput(`userIds.${bad}`, 'invalidId');
    if (new Set(userIds).size !== userIds.length) throw badInput('userIds', 'duplicate');
    return this.meetings.write(
      actor,
      meetingId,
      async (tx, meeting) => {
        await this.requireUnfrozen(tx, meeting.id, { keepApprovals: true });
        const roles = await this.protocols.rolesIn(tx, meeting.arenaId, userIds);
        const unfit = userIds.findIndex((id) => !can(roles.get(id) ?? null, 'approveProtocols'));
        if (unfit >= 0) throw badInput(`userIds.${unfit}`, roles.has(userIds[unfit]) ? 'cannotAdjust' : 'notFound');
        await this.protocols.replaceAdjusters(tx, meeting.id, userIds, user.id);
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting',
          entityId: meeting.id,
          action: 'adjusters',
          after: { userIds },
        });
      },
      { accepts: ['PLANNED', 'IN_PROGRESS', 'CLOSED'], refusal: 'meetingCancelled' },
    );
  }

  /** A named adjuster approves the closed meeting's protocol; the last approval freezes it. */
  async approve(actor: Actor, meetingId: string): Promise<Meeting> {
    const user = requireSignedIn(actor);
    if (!isUuid(meetingId)) throw badInput('meetingId', 'invalidId');
    await this.db.transaction(async (tx) => {
      const state = await this.protocols.state(meetingId, tx, true);
      if (!state || !hasPermission(actor, state.arenaId, 'readMembersAudience')) throw badInput('meetingId', 'notFound');
      requireAccess(actor, state.arenaId, 'approveProtocols');
      const adjusters = await this.protocols.adjusters([meetingId], tx);
      const mine = adjusters.find((a) => a.userId === user.id);
      if (!mine) throw forbidden('Only a named adjuster approves the protocol.');
      if (state.status !== 'CLOSED') throw badInput('meetingId', 'meetingNotClosed');
      if (state.approvedAt) throw badInput('meetingId', 'protocolApproved');
      if (!(await this.protocols.approve(tx, meetingId, user.id))) throw badInput('meetingId', 'alreadyApproved');
      const complete = allAdjustersApproved(adjusters.map((a) => (a.userId === user.id ? { approvedAt: new Date() } : a)));
      await this.protocols.approved(tx, meetingId, complete);
      await this.audit.record(tx, actor, {
        arenaId: state.arenaId,
        entity: 'meeting',
        entityId: meetingId,
        action: 'approveProtocol',
        after: { approvedBy: user.id, protocolApproved: complete },
      });
    });
    return (await this.meetings.find(actor, meetingId))!;
  }

  /** Staff publish the approved protocol to the public too (or take it back to the arena's people only). */
  async setPublic(actor: Actor, meetingId: string, isPublic: boolean): Promise<Meeting> {
    return this.meetings.write(
      actor,
      meetingId,
      async (tx, meeting) => {
        await this.protocols.setPublic(tx, meeting.id, isPublic);
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting',
          entityId: meeting.id,
          action: 'protocolPublic',
          after: { public: isPublic },
        });
      },
      { anyStatus: true },
    );
  }

  /**
   * Refuses a change to the protocol's content once it is approved; called under the meeting's lock
   * by every write of minutes, attendance and decisions. A change after one adjuster approved
   * withdraws that approval: the adjusters approve the text as it finally is.
   */
  async requireUnfrozen(tx: EntityManager, meetingId: string, options: { keepApprovals?: boolean } = {}): Promise<void> {
    const state = await this.protocols.state(meetingId, tx);
    if (state?.approvedAt) throw badInput('meetingId', 'protocolApproved');
    if (!options.keepApprovals) await this.protocols.withdrawApprovals(tx, meetingId);
  }

  /** Whom the protocol (or the chair's script) is for; null when the actor may not read it (the same answer as for no meeting). */
  async reader(actor: Actor, meetingId: string): Promise<{ state: ProtocolStateRow; reader: ProtocolReader } | null> {
    if (!isUuid(meetingId)) return null;
    const state = await this.protocols.state(meetingId);
    const reader = state ? readerOf(actor, state) : null;
    return state && reader ? { state, reader } : null;
  }

  /** The arena's approved protocols, latest meeting first: all of them for its people, the public ones for everyone else. */
  async archive(actor: Actor, arenaId: string | null | undefined, first?: number | null, after?: string | null) {
    const arena = await this.arenas.resolveArenaId(arenaId);
    const publicOnly = !hasPermission(actor, arena, 'readMembersAudience');
    const size = pageSize(first);
    const rows = await this.protocols.archive(arena, publicOnly, decodeTimeCursor(after), size + 1);
    return toConnection(rows, size, Number(rows[0]?.total_count ?? 0), (r) => [r.cursor_at, r.meetingId]);
  }
}

/** Who the actor is to this protocol, or null when they may not read it (shared/src/protocol.ts). */
function readerOf(actor: Actor, state: ProtocolStateRow): ProtocolReader | null {
  const manages = hasPermission(actor, state.arenaId, 'manageMeetings');
  const member = hasPermission(actor, state.arenaId, 'readMembersAudience');
  if (!canReadProtocol({ manages, member }, { approved: state.approvedAt !== null, public: state.public })) return null;
  return manages ? 'staff' : member ? 'member' : 'public';
}
