import {
  agendaItemSchema,
  canChangeMeetingStatus,
  isMeetingEditable,
  MAX_REASON_LENGTH,
  MEETING_LIMITS,
  meetingDetailsSchema,
  type MeetingStatus,
  plannedAgenda,
  validate,
  type Validated,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, hasPermission, requireAccess, requireSignedIn } from '../access';
import { ArenasService } from '../arenas';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { objectFromRow, ObjectsService } from '../objects';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { type AgendaItemRow, type MeetingRow, MeetingsRepository, type Upcoming } from './meetings.repository';
import { AgendaDirection, type AgendaItem, type AgendaItemInput, type Meeting, type MeetingInput } from './meetings.types';

/** How long an object put on the next meeting's agenda is given, until staff plan the item. */
const DEFAULT_OBJECT_ITEM_MINUTES = 15;

/**
 * Arena meetings and their agendas. The arena's members, staff and observers read them; staff
 * plan them. Every write locks the meeting first, so two staff editing one agenda never interleave.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly arenas: ArenasService,
    private readonly objects: ObjectsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, arenaId: string | null | undefined, period: Upcoming, first?: number | null, after?: string | null) {
    const arena = await this.arenas.resolveArenaId(arenaId);
    requireAccess(actor, arena, 'readMembersAudience');
    const size = pageSize(first);
    const rows = await this.meetings.page(arena, period, decodeTimeCursor(after), size + 1);
    return toConnection<Meeting & { cursor_at?: string }>(rows, size, Number(rows[0]?.total_count ?? 0), (m) => [m.cursor_at, m.id]);
  }

  /** A meeting the actor may read; null for anything else (a guessed id reveals nothing). */
  async find(actor: Actor, id: string): Promise<Meeting | null> {
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const meeting = await this.meetings.byId(id);
    return meeting && hasPermission(actor, meeting.arenaId, 'readMembersAudience') ? meeting : null;
  }

  /** The agenda in reading order with its planned times and the items' objects. */
  async agenda(meeting: Meeting): Promise<AgendaItem[]> {
    const items = await this.meetings.items([meeting.id]);
    const objectRows = items.length ? await this.meetings.itemObjects(items.map((i) => i.id)) : [];
    const objectsOf = new Map<string, InfrastructureObject[]>();
    for (const row of objectRows) objectsOf.set(row.itemId, [...(objectsOf.get(row.itemId) ?? []), objectFromRow(row)]);
    return plannedAgenda(meeting.startsAt, items).map((item) => ({ ...item, objects: objectsOf.get(item.id) ?? [] }));
  }

  async create(actor: Actor, arenaId: string, input: MeetingInput): Promise<Meeting> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    const user = requireAccess(actor, arena, 'manageMeetings');
    const details = checked(validate(meetingDetailsSchema, input));
    const id = await this.db.transaction(async (tx) => {
      const created = await this.meetings.insert(tx, arena, details, user.id);
      await this.audit.record(tx, actor, { arenaId: arena, entity: 'meeting', entityId: created, action: 'create', after: details });
      return created;
    });
    return (await this.meetings.byId(id))!;
  }

  async update(actor: Actor, id: string, input: MeetingInput): Promise<Meeting> {
    return this.write(actor, id, async (tx, meeting) => {
      const details = checked(validate(meetingDetailsSchema, input));
      await this.meetings.update(tx, meeting.id, details);
      await this.audit.record(tx, actor, {
        arenaId: meeting.arenaId,
        entity: 'meeting',
        entityId: meeting.id,
        action: 'update',
        before: meeting,
        after: details,
      });
    });
  }

  async changeStatus(actor: Actor, id: string, status: MeetingStatus, reason: string | null | undefined): Promise<Meeting> {
    return this.write(
      actor,
      id,
      async (tx, meeting) => {
        if (!canChangeMeetingStatus(meeting.status, status))
          throw badInput('status', 'meetingTransitionNotAllowed', { from: meeting.status, to: status });
        const why = reason?.trim() || null;
        if (why && why.length > MAX_REASON_LENGTH) throw badInput('reason', 'tooLong', { max: MAX_REASON_LENGTH });
        await this.meetings.setStatus(tx, meeting.id, status, status === 'CANCELLED' ? why : null);
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'meeting',
          entityId: meeting.id,
          action: 'status',
          before: { status: meeting.status },
          after: { status, reason: why },
        });
      },
      { anyStatus: true },
    );
  }

  async addItem(actor: Actor, meetingId: string, parentId: string | null | undefined, input: AgendaItemInput): Promise<Meeting> {
    return this.write(actor, meetingId, async (tx, meeting) => {
      const values = checked(validate(agendaItemSchema, input));
      const items = await this.meetings.items([meeting.id], tx);
      if (items.length >= MEETING_LIMITS.itemsMax) throw badInput('meetingId', 'tooMany', { max: MEETING_LIMITS.itemsMax });
      if (parentId) {
        const parent = items.find((i) => i.id === parentId);
        if (!parent) throw badInput('parentId', 'notFound');
        if (parent.parentId) throw badInput('parentId', 'subItemOfSubItem');
      }
      await this.checkObjects(tx, meeting.arenaId, values.objectIds);
      await this.meetings.insertItem(tx, meeting.id, parentId ?? null, values);
      await this.meetings.agendaChanged(tx, meeting.id);
      await this.audit.record(tx, actor, {
        arenaId: meeting.arenaId,
        entity: 'agenda_item',
        entityId: meeting.id,
        action: 'create',
        after: values,
      });
    });
  }

  async updateItem(actor: Actor, itemId: string, input: AgendaItemInput): Promise<Meeting> {
    return this.writeItem(actor, itemId, async (tx, meeting, item) => {
      const values = checked(validate(agendaItemSchema, input));
      await this.checkObjects(tx, meeting.arenaId, values.objectIds);
      await this.meetings.updateItem(tx, item.id, values);
      await this.meetings.agendaChanged(tx, meeting.id);
      await this.audit.record(tx, actor, {
        arenaId: meeting.arenaId,
        entity: 'agenda_item',
        entityId: item.id,
        action: 'update',
        before: item,
        after: values,
      });
    });
  }

  /** Removes an item with its sub-items; the siblings after it move up. */
  async removeItem(actor: Actor, itemId: string): Promise<Meeting> {
    return this.writeItem(actor, itemId, async (tx, meeting, item) => {
      if (await this.meetings.itemHasDecisions(tx, item.id)) throw badInput('itemId', 'hasDecisions');
      await this.meetings.deleteItem(tx, item.id);
      await this.meetings.agendaChanged(tx, meeting.id);
      const siblings = siblingsOf(await this.meetings.items([meeting.id], tx), item.parentId);
      await this.meetings.setPositions(
        tx,
        siblings.map((s) => s.id),
      );
      await this.audit.record(tx, actor, {
        arenaId: meeting.arenaId,
        entity: 'agenda_item',
        entityId: item.id,
        action: 'delete',
        before: item,
      });
    });
  }

  /** One step up or down among its siblings (the keyboard's and the buttons' way to reorder). */
  async moveItem(actor: Actor, itemId: string, direction: AgendaDirection): Promise<Meeting> {
    return this.writeItem(actor, itemId, async (tx, meeting, item) => {
      const siblings = siblingsOf(await this.meetings.items([meeting.id], tx), item.parentId).map((s) => s.id);
      const from = siblings.indexOf(item.id);
      const to = from + (direction === AgendaDirection.UP ? -1 : 1);
      if (to < 0 || to >= siblings.length) return;
      [siblings[from], siblings[to]] = [siblings[to], siblings[from]];
      await this.meetings.setPositions(tx, siblings);
      await this.meetings.agendaChanged(tx, meeting.id);
    });
  }

  /** A new order of one level of the agenda (drag and drop): exactly the siblings, each once. */
  async reorderItems(actor: Actor, meetingId: string, parentId: string | null | undefined, itemIds: string[]): Promise<Meeting> {
    return this.write(actor, meetingId, async (tx, meeting) => {
      const siblings = siblingsOf(await this.meetings.items([meeting.id], tx), parentId ?? null).map((s) => s.id);
      const same =
        itemIds.length === siblings.length && new Set(itemIds).size === itemIds.length && itemIds.every((id) => siblings.includes(id));
      if (!same) throw badInput('itemIds', 'invalidOption');
      await this.meetings.setPositions(tx, itemIds);
      await this.meetings.agendaChanged(tx, meeting.id);
    });
  }

  /** Staff put an object on the agenda of the arena's next planned meeting (once: a second time changes nothing). */
  async putObjectOnNextMeeting(actor: Actor, objectId: string): Promise<Meeting> {
    return this.putObjectsOnNextMeeting(actor, [objectId], () => 'objectId');
  }

  /**
   * Staff put chosen objects (the register's selection) on the next planned meeting of their
   * arena, each as its own item, in one transaction: all of them or, on any refusal, none.
   */
  async putObjectsOnNextMeeting(
    actor: Actor,
    objectIds: string[],
    fieldOf: (index: number) => string = (index) => `objectIds.${index}`,
  ): Promise<Meeting> {
    requireSignedIn(actor);
    const ids = [...new Set(objectIds)];
    if (ids.length === 0) throw badInput('objectIds', 'required');
    if (ids.length > MEETING_LIMITS.itemsMax) throw badInput('objectIds', 'tooMany', { max: MEETING_LIMITS.itemsMax });
    const objects: InfrastructureObject[] = [];
    for (const [index, id] of ids.entries()) {
      const object = await this.objects.requireVisible(actor, id, fieldOf(index));
      requireAccess(actor, object.arenaId, 'manageMeetings');
      if (objects.length && object.arenaId !== objects[0].arenaId) throw badInput(fieldOf(index), 'otherArena');
      objects.push(object);
    }
    const id = await this.db.transaction(async (tx) => {
      const meeting = await this.meetings.nextPlanned(tx, objects[0].arenaId);
      if (!meeting) throw badInput(fieldOf(0), 'noUpcomingMeeting');
      const items = await this.meetings.items([meeting.id], tx);
      const onAgenda = new Set(
        items.length ? (await this.meetings.itemObjects(items.map((i) => i.id))).map((row) => row.id as string) : [],
      );
      const missing = objects.filter((o) => !onAgenda.has(o.id));
      if (missing.length === 0) return meeting.id;
      if (items.length + missing.length > MEETING_LIMITS.itemsMax) throw badInput(fieldOf(0), 'tooMany', { max: MEETING_LIMITS.itemsMax });
      for (const object of missing) {
        const values = { title: object.name, description: null, durationMinutes: DEFAULT_OBJECT_ITEM_MINUTES, objectIds: [object.id] };
        await this.meetings.insertItem(tx, meeting.id, null, values);
        await this.audit.record(tx, actor, {
          arenaId: meeting.arenaId,
          entity: 'agenda_item',
          entityId: meeting.id,
          action: 'create',
          after: values,
        });
      }
      await this.meetings.agendaChanged(tx, meeting.id);
      return meeting.id;
    });
    return (await this.meetings.byId(id))!;
  }

  /**
   * A staff change of a meeting, in one transaction with the meeting locked: refused once the
   * meeting is closed or cancelled, unless `accepts` says which statuses the change is for (or
   * `anyStatus`, for the status itself). Answers the meeting as it is after the change.
   */
  async write(
    actor: Actor,
    meetingId: string,
    change: (tx: EntityManager, meeting: MeetingRow) => Promise<void>,
    options: { anyStatus?: boolean; accepts?: readonly MeetingStatus[]; refusal?: string } = {},
  ): Promise<Meeting> {
    requireSignedIn(actor);
    if (!isUuid(meetingId)) throw badInput('meetingId', 'invalidId');
    await this.db.transaction(async (tx) => {
      const meeting = await this.meetings.byId(meetingId, tx);
      if (!meeting || !hasPermission(actor, meeting.arenaId, 'readMembersAudience')) throw badInput('meetingId', 'notFound');
      requireAccess(actor, meeting.arenaId, 'manageMeetings');
      const accepted = options.accepts ? options.accepts.includes(meeting.status) : isMeetingEditable(meeting.status);
      if (!options.anyStatus && !accepted) throw badInput('meetingId', options.refusal ?? 'meetingNotEditable');
      await change(tx, meeting);
      await this.meetings.touch(tx, meeting.id);
    });
    return (await this.meetings.byId(meetingId))!;
  }

  private async writeItem(
    actor: Actor,
    itemId: string,
    change: (tx: EntityManager, meeting: MeetingRow, item: AgendaItemRow) => Promise<void>,
  ): Promise<Meeting> {
    if (!isUuid(itemId)) throw badInput('itemId', 'invalidId');
    const found = await this.meetings.itemById(null, itemId);
    if (!found) throw badInput('itemId', 'notFound');
    return this.write(actor, found.meetingId, async (tx, meeting) => {
      // Read again under the meeting's lock: another change may have removed it meanwhile.
      const item = await this.meetings.itemById(tx, itemId);
      if (!item) throw badInput('itemId', 'notFound');
      await change(tx, meeting, item);
    });
  }

  private async checkObjects(tx: EntityManager, arenaId: string, ids: string[]): Promise<void> {
    const bad = ids.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw badInput(`objectIds.${bad}`, 'invalidId');
    const known = await this.meetings.objectsOfArena(tx, arenaId, ids);
    const missing = ids.findIndex((id) => !known.has(id));
    if (missing >= 0) throw badInput(`objectIds.${missing}`, 'notFound');
  }
}

function checked<T>(result: Validated<T>): T {
  if (!result.ok) throw new BadUserInputError(result.errors);
  return result.value;
}

function siblingsOf(items: AgendaItemRow[], parentId: string | null): AgendaItemRow[] {
  return items.filter((i) => i.parentId === parentId).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}
