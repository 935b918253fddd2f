import {
  AUTO_FOLLOW_EVENT_KINDS,
  type EmailFrequency,
  FOLLOWER_EVENT_KINDS,
  NEW_OBJECT_EVENT_KINDS,
  type ObjectEventKind,
} from '@flaskhals/shared';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Actor, requireAccess, requireSignedIn } from '../access';
import { APP_CONFIG, type AppConfig } from '../common/config/config';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { HistoryService, type RecordedEvent } from '../history';
import { MailService } from '../mail';
import { ObjectsService } from '../objects';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { immediateMail } from './notification-mail';
import { type NotificationRow, NotificationsRepository } from './notifications.repository';
import type { FollowedObject, Notification } from './notifications.types';

/** Kinds of events that can tell anyone anything; others skip the fan-out statement altogether. */
const FANNING_KINDS = new Set<ObjectEventKind>([...FOLLOWER_EVENT_KINDS, ...AUTO_FOLLOW_EVENT_KINDS, ...NEW_OBJECT_EVENT_KINDS]);

/**
 * Following objects and the notifications their history causes: who is told of an event is decided
 * in one statement per recorded batch, in the writing transaction (notifications.repository.ts);
 * e-mail that is due at once goes into the outbox in the same transaction.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly history: HistoryService,
    private readonly objects: ObjectsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.history.addListener((tx, events) => this.fanOut(tx, events));
  }

  /** Called by the history with every batch of events, inside the writing transaction. */
  async fanOut(tx: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const ids = events.filter((e) => FANNING_KINDS.has(e.kind)).map((e) => e.id);
    if (!ids.length) return;
    const written = await this.notifications.fanOut(tx, ids);
    const arenaOf = new Map(events.map((e) => [e.objectId, e.arenaId]));
    const mails = written
      .filter((n) => n.email_state === 'SENT')
      .map((n) => immediateMail(this.config.appUrl, arenaOf.get(n.object_id) ?? null, n));
    await this.mail.enqueueAll(tx, mails);
  }

  /** Follow an object one may see, in an arena where one may comment. Answers the object. */
  async follow(actor: Actor, objectId: string): Promise<InfrastructureObject> {
    const user = requireSignedIn(actor);
    const object = await this.objects.requireVisible(actor, objectId);
    requireAccess(actor, object.arenaId, 'comment');
    await this.notifications.follow(user.id, object.id, object.arenaId);
    return object;
  }

  /** Stop following; answers the object (still visible) so the client can show its state. */
  async unfollow(actor: Actor, objectId: string): Promise<InfrastructureObject> {
    const user = requireSignedIn(actor);
    const object = await this.objects.requireVisible(actor, objectId);
    await this.notifications.unfollow(user.id, object.id);
    return object;
  }

  /** Which of the given objects the actor follows; nothing for visitors. */
  async followedAmong(actor: Actor, objectIds: readonly string[]): Promise<Set<string>> {
    if (!actor.user) return new Set();
    return this.notifications.followedAmong(actor.user.id, [...objectIds]);
  }

  async followed(actor: Actor, first?: number | null, after?: string | null): Promise<Connection<FollowedObject>> {
    const user = requireSignedIn(actor);
    const size = pageSize(first);
    const cursor = decodeTimeCursor(after);
    const rows = await this.notifications.followed(user.id, cursor, size + 1);
    const items = rows.map((row) => ({
      object: {
        id: String(row.id),
        name: String(row.name),
        kind: row.kind,
        status: row.status,
        arenaId: String(row.arenaId),
        arenaSlug: String(row.arenaSlug),
        arenaName: String(row.arenaName),
      },
      followedAt: row.followedAt as Date,
      cursorAt: String(row.cursor_at),
    })) as (FollowedObject & { cursorAt: string })[];
    return toConnection(items, size, Number(rows[0]?.total_count ?? 0), (item) => [item.cursorAt, item.object.id]);
  }

  /** The actor's notifications, newest first, only those whose events they may still see. */
  async list(actor: Actor, first?: number | null, after?: string | null, unreadOnly = false): Promise<Connection<Notification>> {
    const user = requireSignedIn(actor);
    const size = pageSize(first);
    const cursor = decodeTimeCursor(after);
    const rows = await this.notifications.page(user.id, cursor, size + 1, unreadOnly);
    return toConnection(rows.map(toNotification), size, Number(rows[0]?.total_count ?? 0), (n) => [
      (n as Notification & { cursorAt: string }).cursorAt,
      n.id,
    ]);
  }

  unreadCount(actor: Actor): Promise<number> {
    const user = requireSignedIn(actor);
    return this.notifications.unreadCount(user.id);
  }

  /** Marks the named notifications (or all of them) read; answers the unread count after. */
  async markRead(actor: Actor, ids: string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    const user = requireSignedIn(actor);
    if (!all && !ids?.length) throw badInput('ids', 'required');
    ids?.forEach((id, i) => {
      if (!isUuid(id)) throw badInput(`ids.${i}`, 'invalidId');
    });
    await this.notifications.markRead(user.id, all ? null : ids!);
    return this.notifications.unreadCount(user.id);
  }

  async emailFrequency(actor: Actor): Promise<EmailFrequency> {
    const user = requireSignedIn(actor);
    return this.notifications.emailFrequency(user.id);
  }

  async setEmailFrequency(actor: Actor, frequency: EmailFrequency): Promise<EmailFrequency> {
    const user = requireSignedIn(actor);
    await this.notifications.setEmailFrequency(user.id, frequency);
    return frequency;
  }
}

function toNotification(row: NotificationRow): Notification & { cursorAt: string } {
  return {
    id: row.id,
    reason: row.reason,
    createdAt: row.createdAt,
    read: row.readAt !== null,
    cursorAt: row.cursor_at,
    object: {
      id: row.objectId,
      name: row.objectName,
      kind: row.objectKind as Notification['object']['kind'],
      status: row.objectStatus as Notification['object']['status'],
      arenaId: row.arenaId,
      arenaSlug: row.arenaSlug,
      arenaName: row.arenaName,
    },
    event: {
      id: row.eventId,
      arenaId: row.arenaId,
      objectId: row.objectId,
      kind: row.eventKind as Notification['event']['kind'],
      at: row.eventAt,
      userId: null,
      organizationId: row.eventOrganizationId,
      reportId: row.eventReportId,
      byStaff: row.eventByStaff,
      visibility: row.eventVisibility as Notification['event']['visibility'],
      data: row.eventData,
      personName: null,
      organizationName: row.organizationName,
    },
  };
}
